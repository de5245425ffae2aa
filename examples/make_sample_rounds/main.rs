//! Writes the built-in sample rounds in `sample-rounds/` from the invented
//! data in `sample_data.rs`, deterministically. Run after a change to the
//! round format: `cargo run --example make_sample_rounds`.

mod sample_data;

use jiff::Timestamp;
use jiff::civil::{Date, date};
use lbk::domain::followup::{
    CoordinationMeeting, Feedback, Handover, Outcome, Produced, Receipt, ReceiptState,
};
use lbk::domain::meetings::{
    AreaBallot, AreaDecision, Assessment, Attendance, CandidateArea, DialogueDate, DialogueSession,
    Response, Verification,
};
use lbk::domain::people::{Person, Representative};
use lbk::domain::priority::{PickBallot, RankBallot};
use lbk::domain::{
    Level, ModelVariant, MomentStatus, Need, NeedKind, NeedStatus, Round, SetAsideReason, Source,
};
use sample_data::{ADDICTION, ADDICTION_ASIDE, DISABILITY, REPRESENTATIVES, Theme};

/// A small deterministic generator, so the samples never change by chance.
struct Dice(u64);
impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn choose_distinct(&mut self, from: &[String], k: usize) -> Vec<String> {
        let mut pool = from.to_vec();
        let mut out = vec![];
        while out.len() < k && !pool.is_empty() {
            out.push(pool.remove(self.below(pool.len())));
        }
        out
    }
}

fn ts(d: Date) -> Timestamp {
    d.at(10, 0, 0, 0)
        .in_tz("Europe/Stockholm")
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

fn need_from(
    theme: &Theme,
    number: String,
    rss: &str,
    dice: &mut Dice,
    status: NeedStatus,
) -> Need {
    let (title, description, challenge, target_group, known_support) = *theme;
    Need {
        number,
        rss: rss.into(),
        title: title.into(),
        description: description.into(),
        challenge: challenge.into(),
        target_group: target_group.into(),
        known_support: known_support.into(),
        level: if dice.below(6) == 0 {
            Level::Osaker
        } else {
            Level::Nationell
        },
        dots: if dice.below(4) == 0 {
            None
        } else {
            Some(dice.below(14) as u32)
        },
        kind: if dice.below(9) == 0 {
            NeedKind::LokalKunskap
        } else {
            NeedKind::Kunskapsbehov
        },
        source: [
            Source::Natverksmote,
            Source::Natverksmote,
            Source::FouRapport,
            Source::RegionalKartlaggning,
        ][dice.below(4)],
        health_care: dice.below(3) == 0,
        notes: Default::default(),
        status,
    }
}

/// Numbers needs per RSS in the order they are added: GR-01, GR-02 ...
fn number_for(round: &Round, rss: &str) -> String {
    lbk::domain::need::next_number(rss, round.needs.iter().map(|n| n.number.as_str()))
}

fn representatives(round: &mut Round) {
    round.representatives = REPRESENTATIVES
        .iter()
        .map(|(n, c, o)| Representative {
            name: (*n).into(),
            county: (*c).into(),
            organisation: (*o).into(),
            ..Representative::default()
        })
        .collect();
}

fn people(rss: &mut [lbk::domain::people::Rss], participating: &[&str], dice: &mut Dice) {
    const FIRST: [&str; 8] = [
        "Sara", "Mikael", "Lena", "Jonas", "Åsa", "Peter", "Malin", "Örjan",
    ];
    const LAST: [&str; 8] = [
        "Berglund",
        "Forsberg",
        "Hägg",
        "Lindahl",
        "Mårtensson",
        "Sundin",
        "Tell",
        "Öhman",
    ];
    for r in rss.iter_mut() {
        r.participates = participating.contains(&r.code.as_str());
        if r.participates {
            let name = format!("{} {}", FIRST[dice.below(8)], LAST[dice.below(8)]);
            let email = format!("processledare@{}.example.se", r.code.to_lowercase());
            r.contacts = vec![Person {
                name,
                email,
                phone: String::new(),
            }];
        }
    }
}

fn skadligt_bruk() -> Round {
    let mut dice = Dice(0x5eed_2024);
    let mut r = Round::new("Skadligt bruk och beroende", ModelVariant::V2, 2024);
    let participating = [
        "STH", "UPP", "ÖST", "JÖN", "SKÅ", "HAL", "GR", "FYR", "VRM", "ÖRE", "DAL", "GÄV", "VBO",
        "NBO",
    ];
    people(&mut r.rss, &participating, &mut dice);
    representatives(&mut r);
    let done = [
        date(2024, 5, 16),
        date(2024, 11, 29),
        date(2025, 3, 14),
        date(2025, 6, 13),
    ];
    for (rec, d) in r.timeline.iter_mut().zip(done) {
        rec.status = MomentStatus::Klar;
        rec.done = Some(d);
    }
    r.timeline[4].status = MomentStatus::Pagaende;

    r.area_choice.candidates = vec![
        CandidateArea {
            name: "Skadligt bruk och beroende".into(),
            description: "Missbruk av alkohol, narkotika, läkemedel och spel.".into(),
        },
        CandidateArea {
            name: "Äldreomsorg".into(),
            description: "Socialtjänstens stöd till äldre.".into(),
        },
        CandidateArea {
            name: "Ekonomiskt bistånd".into(),
            description: "Försörjningsstöd och vägen till egen försörjning.".into(),
        },
    ];
    let areas: Vec<String> = r
        .area_choice
        .candidates
        .iter()
        .map(|c| c.name.clone())
        .collect();
    for (i, rep) in REPRESENTATIVES.iter().enumerate() {
        let choice = if i % 3 == 2 {
            areas[1 + dice.below(2)].clone()
        } else {
            areas[0].clone()
        };
        r.area_choice.ballots.push(AreaBallot {
            representative: rep.0.into(),
            areas: vec![choice],
        });
    }
    r.area_choice.decision = Some(AreaDecision {
        area: areas[0].clone(),
        date: date(2024, 5, 16),
        note: "Beslut vid NSK-S möte.".into(),
    });
    r.area_choice.dialogue_dates = vec![
        DialogueDate {
            date: date(2025, 2, 4),
            capacity: 5,
        },
        DialogueDate {
            date: date(2025, 2, 11),
            capacity: 5,
        },
        DialogueDate {
            date: date(2025, 2, 18),
            capacity: 5,
        },
    ];
    for (i, code) in participating.iter().enumerate() {
        if let Some(rss) = r.rss.iter_mut().find(|x| x.code == *code) {
            rss.dialogue_date = Some(i % 3);
        }
    }

    // Originals: one per theme, spread over the participating RSSs.
    let at = ts(date(2024, 11, 20));
    for (i, theme) in ADDICTION.iter().enumerate() {
        let rss = participating[i % participating.len()];
        let no = number_for(&r, rss);
        let n = need_from(theme, no, rss, &mut dice, NeedStatus::Kunskapslucka);
        r.add_need(n, at).expect("sample need");
    }
    for (i, (theme, why)) in ADDICTION_ASIDE.iter().enumerate() {
        let rss = participating[(i * 5 + 3) % participating.len()];
        let no = number_for(&r, rss);
        let reason = match why {
            0 => SetAsideReason::InteKunskapsbehov,
            1 => SetAsideReason::InteKunskapsbehov,
            2 => SetAsideReason::LokaltRegionalt,
            3 => SetAsideReason::RedanTackt {
                support: "SBU:s kunskapsöversikt om tolvstegsbehandling".into(),
            },
            4 => SetAsideReason::ArbeteParar {
                by: "Socialstyrelsen (vägledning om LVM under arbete)".into(),
            },
            _ => SetAsideReason::LokaltRegionalt,
        };
        let note = match why {
            0 => "Ett utbildningsbehov som befintliga kurser svarar på.",
            1 => "Gäller platstillgång, inte kunskap.",
            _ => "",
        };
        let n = need_from(
            theme,
            no,
            rss,
            &mut dice,
            NeedStatus::set_aside(reason, note),
        );
        r.add_need(n, at).expect("sample need");
    }
    // Duplicates raised by other RSSs, merged into the first.
    for i in 0..24 {
        let rss = participating[(i + 5) % participating.len()];
        let into = r.needs[i].number.clone();
        let no = number_for(&r, rss);
        let mut n = need_from(&ADDICTION[i], no, rss, &mut dice, NeedStatus::merged(&into));
        n.title = format!("{} (vår region)", n.title).into();
        r.add_need(n, at).expect("sample need");
    }

    // Moment 3: three dialogue sessions.
    for (s, day) in [(0usize, 4i8), (1, 11), (2, 18)] {
        let rss: Vec<String> = participating
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 == s)
            .map(|(_, c)| c.to_string())
            .collect();
        let mut session = DialogueSession {
            length_minutes: None,
            place: String::new(),
            starts: date(2025, 2, day).at(9, 0, 0, 0),
            rss: rss.clone(),
            actors: vec![
                Attendance {
                    actor: "SoS".into(),
                    people: vec!["Handläggare, Socialstyrelsen".into()],
                },
                Attendance {
                    actor: "SBU".into(),
                    people: vec!["Utredare, SBU".into()],
                },
                Attendance {
                    actor: "FoHM".into(),
                    people: vec![],
                },
            ],
            assessments: vec![],
            notes: String::new(),
            remarks: vec![],
            rss_present: vec![],
        };
        for n in r.needs.iter().filter(|n| rss.contains(&n.rss)) {
            let response = match &n.status {
                NeedStatus::Undanlagt {
                    reason: SetAsideReason::RedanTackt { support },
                    ..
                } => Response::RedanTackt {
                    support: support.clone(),
                    link: String::new(),
                },
                NeedStatus::Undanlagt {
                    reason: SetAsideReason::ArbeteParar { by },
                    ..
                } => Response::ArbeteParar { by: by.clone() },
                NeedStatus::Undanlagt { .. } => Response::Oklart {
                    clarify: "Gäller det kunskap, eller utbildning och resurser som redan finns?"
                        .into(),
                },
                _ => Response::Kunskapslucka,
            };
            session.assessments.push(Assessment {
                need: n.number.clone(),
                actor: "SoS".into(),
                response,
                questions: String::new(),
                note: String::new(),
                prepared: None,
            });
        }
        r.dialogues.push(session);
    }
    // Moment 4: every participating RSS verified.
    for (i, code) in participating.iter().enumerate() {
        r.verifications.push(Verification {
            rss: code.to_string(),
            minutes_sent: Some(date(2025, 3, 3)),
            verified: Some(date(2025, 3, 10 + (i % 4) as i8)),
            corrections: if i == 2 {
                "Förtydligad målgrupp i ÖST-02.".into()
            } else {
                String::new()
            },
            rows: vec![],
        });
    }

    // Moment 5: the meeting is under way; 20 of 21 present, four have picked.
    let p = &mut r.prioritization;
    p.max_picks = 5;
    p.present = REPRESENTATIVES
        .iter()
        .filter(|x| x.1 != "Gotland")
        .map(|x| x.0.to_string())
        .collect();
    let gaps: Vec<String> = r
        .final_compilation()
        .iter()
        .map(|n| n.number.clone())
        .collect();
    let mut ballots = vec![];
    for rep in REPRESENTATIVES.iter().take(4) {
        ballots.push(PickBallot {
            representative: rep.0.into(),
            needs: dice.choose_distinct(&gaps[..12], 5),
        });
    }
    r.prioritization.pick_ballots = ballots;
    for b in r.prioritization.pick_ballots.clone() {
        r.record(
            ts(date(2025, 9, 16)),
            format!(
                "Val registrerat för {}: {}",
                b.representative,
                b.needs.join(", ")
            ),
        );
    }
    r
}

fn funktionshinder() -> Round {
    let mut dice = Dice(0x5eed_2022);
    let mut r = Round::new("Funktionshinder", ModelVariant::V1, 2022);
    let participating = [
        "STH", "UPP", "SÖD", "KRO", "SKÅ", "GR", "SKB", "VRM", "VNL", "NBO",
    ];
    people(&mut r.rss, &participating, &mut dice);
    representatives(&mut r);
    let done = [
        date(2022, 5, 19),
        date(2022, 11, 30),
        date(2023, 3, 10),
        date(2023, 6, 9),
        date(2023, 9, 21),
        date(2023, 10, 20),
        date(2024, 3, 14),
    ];
    for (rec, d) in r.timeline.iter_mut().zip(done) {
        rec.status = MomentStatus::Klar;
        rec.done = Some(d);
    }
    r.area_choice.candidates = vec![
        CandidateArea {
            name: "Funktionshinder".into(),
            description: "Stöd till personer med funktionsnedsättning.".into(),
        },
        CandidateArea {
            name: "Barn och unga".into(),
            description: String::new(),
        },
    ];
    r.area_choice.decision = Some(AreaDecision {
        area: "Funktionshinder".into(),
        date: date(2022, 5, 19),
        note: String::new(),
    });
    let at = ts(date(2022, 11, 25));
    for (i, theme) in DISABILITY.iter().enumerate() {
        let rss = participating[i % participating.len()];
        let no = number_for(&r, rss);
        let status = match i {
            16 => NeedStatus::set_aside(
                SetAsideReason::RedanTackt {
                    support: "Livsmedelsverkets råd om bra mat i LSS-boenden".into(),
                },
                "",
            ),
            17 => NeedStatus::set_aside(
                SetAsideReason::LokaltRegionalt,
                "Hanteras i regionens nätverk för korttidsvistelse.",
            ),
            _ => NeedStatus::Kunskapslucka,
        };
        let n = need_from(theme, no, rss, &mut dice, status);
        r.add_need(n, at).expect("sample need");
    }
    for i in 0..6 {
        let rss = participating[(i + 4) % participating.len()];
        let into = r.needs[i].number.clone();
        let no = number_for(&r, rss);
        let n = need_from(
            &DISABILITY[i],
            no,
            rss,
            &mut dice,
            NeedStatus::merged(&into),
        );
        r.add_need(n, at).expect("sample need");
    }
    let gaps: Vec<String> = r
        .final_compilation()
        .iter()
        .map(|n| n.number.clone())
        .collect();
    let p = &mut r.prioritization;
    p.max_picks = 5;
    p.present = REPRESENTATIVES.iter().map(|x| x.0.to_string()).collect();
    for rep in REPRESENTATIVES.iter() {
        let picks = dice.choose_distinct(&gaps, 5);
        // Model 1.0: each ranks their own picks.
        let order = dice.choose_distinct(&picks, 5);
        p.pick_ballots.push(PickBallot {
            representative: rep.0.into(),
            needs: picks,
        });
        p.rank_ballots.push(RankBallot {
            representative: rep.0.into(),
            order: order.into(),
        });
    }
    p.pick_closed = true;
    p.rank_closed = true;
    let mut counts: Vec<(String, usize)> = gaps
        .iter()
        .map(|g| {
            (
                g.clone(),
                p.pick_ballots
                    .iter()
                    .filter(|b| b.needs.contains(g))
                    .count(),
            )
        })
        .filter(|(_, c)| *c > 0)
        .collect();
    p.joint_list = counts.iter().map(|(g, _)| g.clone()).collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let top: Vec<String> = counts.iter().take(8).map(|(g, _)| g.clone()).collect();

    let actors = ["SoS", "MFD", "SBU", "Forte", "SKR"];
    for (i, need) in top.iter().enumerate() {
        let actor = actors[i % actors.len()].to_string();
        r.handovers.push(Handover {
            assigned: vec![],
            need: need.clone(),
            receipts: vec![Receipt {
                actor: actor.clone(),
                state: ReceiptState::Beslutad,
                decision: "Tas in i verksamhetsplanen.".into(),
                date: Some(date(2023, 11, 15)),
                ..Receipt::default()
            }],
        });
        let outcome = if i == 6 {
            Outcome::TasInte {
                why: "Ligger utanför myndigheternas uppdrag; lämnas till forskningen.".into(),
            }
        } else {
            Outcome::Tas {
                actors: vec![actor.clone()],
                how: [
                    "Kunskapsöversikt",
                    "Vägledning",
                    "E-utbildning",
                    "Forskningsutlysning",
                ][i % 4]
                    .into(),
                when: format!("kvartal {} 2024", 1 + i % 4),
            }
        };
        let produced = if i < 3 {
            vec![Produced {
                title: format!(
                    "Kunskapsstöd om {}",
                    DISABILITY
                        .get(i)
                        .map(|t| t.0.to_lowercase())
                        .unwrap_or_default()
                ),
                link: "https://www.example.se/publikation".into(),
                published: Some(date(2024, 2, 1)),
            }]
        } else {
            vec![]
        };
        r.feedback.push(Feedback {
            need: need.clone(),
            outcome,
            produced,
            ..Default::default()
        });
    }
    r.coordination.push(CoordinationMeeting {
        date: date(2023, 10, 12),
        notes: "Aktörerna fördelade behoven; SoS samordnar.".into(),
    });
    r
}

fn main() -> anyhow::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-rounds");
    for (name, round) in [
        ("funktionshinder-2022.ron", funktionshinder()),
        ("skadligt-bruk-2024.ron", skadligt_bruk()),
    ] {
        round.validate()?;
        let path = dir.join(name);
        std::fs::write(&path, lbk::store::round_to_string(&round))?;
        println!("skrev {}", path.display());
    }
    Ok(())
}
