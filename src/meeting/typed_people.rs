//! The register's typed lines, as the secretariat types or pastes them:
//! "Anna Ek, GR, anna@gr.se" for a representative, "IVO Inspektionen för
//! vård och omsorg" for an actor, "TST Test-RSS, Gotland" for an RSS,
//! "Eva Berg, eva@gr.se" for a contact person ("- Eva Berg" removes one).

/// (name, place, e-mail) of a representative.
pub fn parse_representative(typed: &str) -> Result<(String, String, String), String> {
    let mut parts = typed.split([',', ';']).map(str::trim);
    let name = parts.next().unwrap_or("").to_string();
    if name.is_empty() {
        return Err("Skriv namnet, sedan län eller RSS-kod och e-post om du vill: \"Anna Ek, GR, anna@gr.se\".".into());
    }
    let mut place = String::new();
    let mut email = String::new();
    for p in parts.filter(|p| !p.is_empty()) {
        if p.contains('@') {
            email = p.to_string();
        } else if place.is_empty() {
            place = p.to_string();
        } else {
            return Err(format!(
                "\"{p}\" är en del för mycket: skriv \"Namn, län eller RSS-kod, e-post\"."
            ));
        }
    }
    Ok((name, place, email))
}

/// (code, name) of an actor: the first word is the code.
pub fn parse_actor(typed: &str) -> Result<(String, String), String> {
    match typed.trim().split_once(char::is_whitespace) {
        Some((code, name)) if !name.trim().is_empty() => {
            Ok((code.to_string(), name.trim().to_string()))
        }
        _ => Err("Skriv kortnamn och namn: \"IVO Inspektionen för vård och omsorg\".".into()),
    }
}

/// (code, name, county) of an RSS.
pub fn parse_rss(typed: &str) -> Result<(String, String, String), String> {
    let help = "Skriv kod, namn och län: \"TST Test-RSS, Gotland\".";
    let (code, rest) = typed.trim().split_once(char::is_whitespace).ok_or(help)?;
    let (name, county) = rest.rsplit_once(',').ok_or(help)?;
    if name.trim().is_empty() || county.trim().is_empty() {
        return Err(help.into());
    }
    Ok((
        code.to_string(),
        name.trim().to_string(),
        county.trim().to_string(),
    ))
}

/// (name, e-mail, remove) of a contact person.
pub fn parse_contact(typed: &str) -> Result<(String, String, bool), String> {
    let t = typed.trim();
    if let Some(name) = t.strip_prefix('-') {
        let name = name.trim();
        if name.is_empty() {
            return Err("Skriv vem som ska bort: \"- Eva Berg\".".into());
        }
        return Ok((name.to_string(), String::new(), true));
    }
    let (name, email) = match t.split_once([',', ';']) {
        Some((n, e)) => (n.trim(), e.trim()),
        None => match t.rsplit_once(char::is_whitespace) {
            Some((n, e)) if e.contains('@') => (n.trim(), e.trim()),
            _ => (t, ""),
        },
    };
    let email = email.trim_start_matches('<').trim_end_matches('>');
    if name.is_empty() {
        return Err(
            "Skriv namn och e-post: \"Eva Berg, eva@gr.se\" (\"- Eva Berg\" tar bort).".into(),
        );
    }
    Ok((name.to_string(), email.to_string(), false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_as_typed_or_pasted_from_a_mail_signature() {
        assert_eq!(
            parse_representative("Anna Ek, GR, anna@gr.se").unwrap(),
            ("Anna Ek".into(), "GR".into(), "anna@gr.se".into())
        );
        assert_eq!(
            parse_representative("Bo Al; bo@x.se").unwrap(),
            ("Bo Al".into(), String::new(), "bo@x.se".into())
        );
        assert!(
            parse_representative("A, B, C")
                .unwrap_err()
                .contains("en del för mycket")
        );
        assert!(parse_representative(" , GR").is_err());
        assert_eq!(
            parse_actor("IVO Inspektionen  ").unwrap(),
            ("IVO".into(), "Inspektionen".into())
        );
        assert!(parse_actor("IVO").is_err());
        assert_eq!(
            parse_rss("TST Test-RSS, Region X, Gotland").unwrap(),
            ("TST".into(), "Test-RSS, Region X".into(), "Gotland".into())
        );
        assert!(parse_rss("TST Test").is_err());
        assert_eq!(
            parse_contact("Eva Berg <eva@gr.se>").unwrap(),
            ("Eva Berg".into(), "eva@gr.se".into(), false)
        );
        assert_eq!(
            parse_contact("- Eva Berg").unwrap(),
            ("Eva Berg".into(), String::new(), true)
        );
        assert_eq!(
            parse_contact("Per").unwrap(),
            ("Per".into(), String::new(), false)
        );
    }
}
