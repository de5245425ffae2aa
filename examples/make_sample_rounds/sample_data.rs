//! Invented needs for the sample rounds, written the way municipalities
//! write them. Used by `make_sample_rounds`.

/// (title, description, challenge, target group, known support that is not enough)
pub type Theme = (&'static str, &'static str, &'static str, &'static str, &'static str);

/// Skadligt bruk och beroende: themes that become knowledge gaps.
pub const ADDICTION: [Theme; 34] = [
    ("Samsjuklighet hos unga med ADHD och missbruk", "Vi saknar kunskap om vilka insatser som fungerar för unga 15–20 år som har både ADHD och ett skadligt bruk av alkohol eller narkotika.\nIdag faller de mellan socialtjänst och psykiatri.", "Handläggare vet inte vilka insatser som ska prövas först och ansvaret skjuts mellan huvudmännen.", "Unga 15–20 år", "Nationella riktlinjer för missbruk tar inte upp unga med ADHD särskilt."),
    ("Spelberoende hos äldre", "Kunskap saknas om hur spel om pengar påverkar personer över 65 år och hur socialtjänsten upptäcker problemen.", "Äldre söker sällan hjälp och handläggare frågar inte om spel.", "Personer över 65 år", "Befintligt stöd är riktat till yngre."),
    ("Narkotika bland unga som säljs via sociala medier", "Hur når vi unga som köper narkotika via appar och sociala medier, och vilka förebyggande insatser har effekt?", "Fältgrupperna ser inte handeln och föräldrar vet inte vad de ska titta efter.", "Unga 13–18 år och deras föräldrar", "Informationsmaterial finns men inget om förebyggande arbete."),
    ("Föräldrar med missbruk och barnens behov", "Vi behöver kunskap om hur barn i familjer med missbruk får stöd när föräldern är i behandling.", "Barnen blir osynliga när insatserna riktas till den vuxne.", "Barn 0–17 år och föräldrar", "Metodstöd finns för barnsamtal men inte för samordning."),
    ("Läkemedelsberoende hos kvinnor", "Kunskap om beroende av lugnande och smärtstillande läkemedel hos medelålders kvinnor och vilken behandling som fungerar i socialtjänsten.", "Problemet upptäcks sent och kvinnorna passar inte in i befintliga grupper.", "Kvinnor 40–65 år", "Vården har riktlinjer men socialtjänstens roll är oklar."),
    ("Uppföljning efter LVM-vård", "Vad fungerar för att behålla kontakten och förebygga återfall efter avslutad tvångsvård enligt LVM?", "Många återfaller inom månader och eftervården planeras för sent.", "Vuxna efter LVM", "Ingen samlad kunskap om eftervård."),
    ("Digitala behandlingsinsatser i glesbygd", "Vilka digitala behandlingsprogram har stöd och hur används de i kommuner med långa avstånd?", "Små kommuner kan inte erbjuda gruppbehandling på plats.", "Vuxna i glesbygd", "Enstaka appar finns utan utvärdering."),
    ("Cannabisbruk och psykos hos unga vuxna", "Kunskap om risker och om hur socialtjänsten bör samverka med psykiatrin när unga vuxna med cannabisbruk utvecklar psykossymtom.", "Handläggare känner osäkerhet om risknivåer och när de ska agera.", "Unga vuxna 18–25 år", "Forskning finns men är inte översatt till socialtjänstens praktik."),
    ("Våld i nära relationer och missbruk", "Hur bedömer vi risk och skydd när den våldsutsatta själv har ett missbruk?", "Skyddade boenden tar inte emot personer med aktivt missbruk.", "Våldsutsatta vuxna med missbruk", "Riktlinjer för våld tar inte upp missbruk."),
    ("Hemlöshet och missbruk – Bostad först", "Kunskap om hur Bostad först kan anpassas till mindre kommuner med liten bostadsmarknad.", "Modellen förutsätter lägenheter vi inte har.", "Hemlösa vuxna med missbruk", "Utvärderingar finns från storstäder."),
    ("Äldre med alkoholproblem i hemtjänsten", "Hur ska hemtjänstpersonal agera när en äldre brukare dricker mycket, och vilka insatser fungerar?", "Personalen vet inte hur de ska ta upp frågan och vems ansvar det är.", "Äldre i hemtjänst", "Inget stöd riktat till hemtjänsten."),
    ("Nya psykoaktiva substanser", "Kunskap om nya syntetiska droger, hur de upptäcks och vilka risker de medför.", "Substanserna byts snabbt och testerna hänger inte med.", "Unga och unga vuxna", "Information finns men uppdateras sällan."),
    ("Insatser för anhöriga", "Vilka stödinsatser för anhöriga till personer med beroende har effekt?", "Anhöriga erbjuds samtal men utan kunskap om vad som hjälper.", "Anhöriga", "CRAFT finns men är lite spritt."),
    ("Missbruk hos personer med intellektuell funktionsnedsättning", "Hur anpassas bedömning och behandling för personer med intellektuell funktionsnedsättning och skadligt bruk?", "Bedömningsinstrumenten är inte anpassade och behandlingen kräver läsförmåga.", "Vuxna med intellektuell funktionsnedsättning", "Inget anpassat kunskapsstöd finns."),
    ("Kvinnor i missbruk med barn placerade", "Kunskap om stöd till mammor med missbruk vars barn är placerade, för att möjliggöra återförening.", "Mammorna tappar kontakten med socialtjänsten när barnet placerats.", "Mammor med placerade barn", "Stöd finns under graviditet men inte efter placering."),
    ("Sprututbyte och socialtjänstens roll", "Hur kan socialtjänsten samverka med sprututbytet för att nå personer som injicerar?", "Många har aldrig haft kontakt med socialtjänsten.", "Personer som injicerar narkotika", "Ingen vägledning om samverkan."),
    ("Spel om pengar bland unga", "Vilka tecken på problemspelande bland unga ska skolkurator och socialtjänst känna igen?", "Spel via mobilen syns inte för vuxna.", "Unga 13–20 år", "Material finns för vuxna spelare."),
    ("Kriminalitet och missbruk hos unga", "Kunskap om insatser som bryter sambandet mellan narkotikabruk och kriminalitet hos unga.", "Insatserna ges i olika verksamheter utan gemensam plan.", "Unga 15–21 år", "Forskning finns på enskilda metoder."),
    ("Missbruksbedömning med ASI i små kommuner", "Hur säkerställer små kommuner kvaliteten i bedömningar när varje handläggare gör få ASI-intervjuer per år?", "Kompetensen tappas och bedömningarna blir ojämna.", "Vuxna som ansöker om stöd", "Utbildning finns men inte kunskap om kvalitetssäkring."),
    ("Alkohol under graviditet", "Hur ska socialtjänsten arbeta med gravida som dricker alkohol när hälso- och sjukvården inte når dem?", "Vi saknar rutiner och vet inte vilka insatser som finns.", "Gravida och blivande föräldrar", "MVC har stöd men inte socialtjänsten."),
    ("Unga vuxna som lämnar institutionsvård", "Kunskap om övergången från SiS-vård till öppenvård för unga vuxna med missbruk.", "Många återfaller under de första veckorna.", "Unga vuxna 18–25 år", "Ingen samlad kunskap om utslussning."),
    ("Samordnad individuell plan vid beroende", "Vad gör en SIP verkningsfull för personer med beroende och psykisk ohälsa?", "SIP-möten hålls men planerna följs inte upp.", "Vuxna med samsjuklighet", "Mallar finns men inte kunskap om effekt."),
    ("Bemötande och stigma", "Hur påverkar stigma viljan att söka hjälp, och hur kan socialtjänsten minska det?", "Många söker hjälp först när situationen är akut.", "Vuxna med skadligt bruk", "Kampanjer finns men inte kunskap om socialtjänstens bemötande."),
    ("Alkohol och äldre med demens", "Kunskap om hur alkoholbruk hos äldre med demenssjukdom ska hanteras i särskilt boende.", "Personalen vet inte om de får begränsa alkoholen.", "Äldre på särskilt boende", "Juridiken är oklar och inget stöd finns."),
    ("Missbruk bland nyanlända", "Hur når socialtjänsten nyanlända med skadligt bruk och vilka insatser är kulturellt anpassade?", "Språk och misstro hindrar kontakt.", "Nyanlända vuxna", "Inget kunskapsstöd om anpassning."),
    ("Öppenvård för unga utan samtycke från vårdnadshavare", "Vilka möjligheter har socialtjänsten att ge öppenvård till unga som inte vill att föräldrarna ska veta?", "Unga avbryter kontakten när föräldrarna informeras.", "Unga 15–17 år", "Rättsläget är oklart för handläggarna."),
    ("Återfallsprevention efter behandling", "Kunskap om vilka återfallspreventiva insatser som fungerar i kommunal öppenvård.", "Efter avslutad behandling finns inget stöd.", "Vuxna efter behandling", "Enstaka program finns."),
    ("Personer med beroende i LSS-boenden", "Hur ska personal i LSS-boenden agera när en boende använder alkohol eller narkotika?", "Personalen saknar både kunskap och befogenheter.", "Vuxna i LSS-boende", "Inget stöd finns för LSS-verksamheter."),
    ("Mätning av resultat i missbruksvården", "Vilka mått ska kommuner använda för att följa upp resultat av insatser?", "Vi vet inte om våra insatser gör skillnad.", "Socialtjänstens verksamheter", "Nationella mått saknas för öppenvården."),
    ("Narkotikarelaterade dödsfall", "Kunskap om hur socialtjänsten kan bidra till att förebygga överdoser, bland annat genom naloxon.", "Vi möter personer i riskzonen men vet inte vad vi kan göra.", "Personer med opioidberoende", "Vården har riktlinjer, socialtjänsten inte."),
    ("Unga som säljer sex och använder droger", "Hur upptäcker och stöder socialtjänsten unga som säljer sex i samband med droganvändning?", "Problemen syns sällan och samtalen är svåra.", "Unga 13–20 år", "Kunskapsstöd om sex mot ersättning tar inte upp droger."),
    ("Alkohol och arbetsliv – tidiga insatser", "Hur kan socialtjänsten samverka med företagshälsovården om tidiga insatser?", "Personerna kommer till oss först när de förlorat jobbet.", "Yrkesverksamma vuxna", "Ingen kunskap om samverkan."),
    ("Barn som anhöriga när förälder avlider av överdos", "Vilket stöd behöver barn vars förälder dött av överdos?", "Barnen får inget riktat stöd.", "Barn 0–17 år", "Sorgstöd finns men inte anpassat."),
    ("Behandling av kokainberoende", "Vilka psykosociala behandlingar har effekt vid kokainberoende, som ökar i vår region?", "Behandlingarna vi har är utformade för alkohol och opioider.", "Vuxna med kokainberoende", "Forskningen är splittrad."),
];

/// Themes that are raised but set aside, each with why.
pub const ADDICTION_ASIDE: [(Theme, u8); 6] = [
    (("Utbildning i MI för nyanställda", "Nyanställda behöver utbildning i motiverande samtal.", "Personalomsättningen gör att kompetensen försvinner.", "Handläggare", ""), 0),
    (("Fler platser på behandlingshem", "Vi har svårt att hitta lediga platser på HVB för vuxna.", "Väntetiderna blir långa.", "Vuxna med missbruk", ""), 1),
    (("Rutin för orosanmälan från skolan", "Skolan behöver en rutin för när de ska anmäla oro för missbruk.", "Anmälningarna kommer sent.", "Skolpersonal", ""), 2),
    (("Kunskapsöversikt om 12-stegsbehandling", "Vi vill veta om 12-stegsbehandling har effekt.", "Klienter efterfrågar det.", "Vuxna", ""), 3),
    (("Handbok för handläggning enligt LVM", "Handläggare behöver stöd i LVM-utredningar.", "Utredningarna görs sällan.", "Handläggare", ""), 4),
    (("Samverkansavtal med regionen", "Ett nytt avtal om samverkan med regionens beroendevård behövs.", "Ansvarsfördelningen är otydlig.", "Chefer", ""), 5),
];

/// Funktionshinder: themes for the finished sample round.
pub const DISABILITY: [Theme; 18] = [
    ("Åldrande hos personer med intellektuell funktionsnedsättning", "Kunskap om demens och åldrande hos personer med intellektuell funktionsnedsättning i LSS-boenden.", "Personalen känner inte igen tidiga tecken.", "Äldre med intellektuell funktionsnedsättning", "Demensriktlinjer är inte anpassade."),
    ("Delaktighet i daglig verksamhet", "Hur ökar vi delaktigheten och inflytandet för deltagare i daglig verksamhet?", "Verksamheten planeras utan deltagarnas röst.", "Deltagare i daglig verksamhet", "Metoder finns men inte utvärderade."),
    ("Psykisk ohälsa hos personer med autism", "Vilka insatser fungerar vid ångest och depression hos vuxna med autism i socialtjänstens verksamheter?", "Personalen saknar kunskap om anpassningar.", "Vuxna med autism", "Vården har stöd, socialtjänsten inte."),
    ("Övergång från skola till vuxenliv", "Kunskap om stöd i övergången från gymnasiesärskola till arbete eller daglig verksamhet.", "Unga hamnar hemma utan sysselsättning.", "Unga 18–25 år", "Ingen samlad kunskap."),
    ("Digital teknik i boendestöd", "Vilka digitala hjälpmedel stärker självständigheten för personer med boendestöd?", "Tekniken köps in men används inte.", "Vuxna med boendestöd", "Produktinformation finns men inte kunskap om effekt."),
    ("Våld mot personer med funktionsnedsättning", "Hur upptäcker personalen våld och övergrepp mot personer med kommunikationssvårigheter?", "Våldet uppmärksammas sällan.", "Vuxna med kommunikationssvårigheter", "Stöd om våld tar inte upp funktionsnedsättning."),
    ("Föräldrar med intellektuell funktionsnedsättning", "Kunskap om föräldraskapsstöd till föräldrar med intellektuell funktionsnedsättning.", "Barnavårdsutredningar görs utan anpassning.", "Föräldrar och barn", "Enstaka program finns."),
    ("Utmanande beteende i LSS-boende", "Vilka förhållningssätt minskar utmanande beteenden utan tvång?", "Personalen tar till begränsningar utan lagstöd.", "Vuxna i LSS-boende", "Lågaffektivt bemötande sprids utan utvärdering."),
    ("Personlig assistans för barn", "Hur samordnas personlig assistans för barn med skola och fritids?", "Ansvaret mellan huvudmän är oklart.", "Barn med personlig assistans", "Ingen vägledning."),
    ("Ensamhet hos unga vuxna med NPF", "Vad fungerar för att minska ensamhet och isolering hos unga vuxna med neuropsykiatriska funktionsnedsättningar?", "Många isolerar sig efter skolan.", "Unga vuxna med NPF", "Inget kunskapsstöd."),
    ("Sexualitet och relationer", "Kunskap om stöd kring sexualitet och relationer för vuxna med intellektuell funktionsnedsättning.", "Personalen undviker frågorna.", "Vuxna med intellektuell funktionsnedsättning", "Material finns för skolan."),
    ("Brukarinflytande i LSS-handläggning", "Hur görs utredningar enligt LSS begripliga och delaktiga för den enskilde?", "Besluten upplevs obegripliga.", "Sökande enligt LSS", "Klarspråksråd finns men inte om delaktighet."),
    ("Arbete på öppna arbetsmarknaden", "Vilka modeller för stöd till arbete fungerar för personer med intellektuell funktionsnedsättning?", "Få går vidare från daglig verksamhet till arbete.", "Vuxna i daglig verksamhet", "IPS är utvärderat för psykisk ohälsa."),
    ("Syskon till barn med funktionsnedsättning", "Vilket stöd behöver syskon till barn med omfattande funktionsnedsättning?", "Syskonen uppmärksammas sällan.", "Syskon 6–17 år", "Stödgrupper finns lokalt."),
    ("Förvärvad hjärnskada hos vuxna", "Kunskap om socialtjänstens stöd till vuxna med förvärvad hjärnskada efter rehabiliteringen.", "Stödet upphör när vården avslutas.", "Vuxna med förvärvad hjärnskada", "Ingen kunskap för socialtjänsten."),
    ("Kommunikationsstöd i vardagen", "Hur används alternativ och kompletterande kommunikation i boenden och daglig verksamhet?", "Stödet används inte konsekvent.", "Personer med kommunikationssvårigheter", "Utbildningar finns men inte uppföljning."),
    ("Matsituationen i gruppbostad", "Kunskap om hälsosamma matvanor och självbestämmande i gruppbostad.", "Övervikt ökar och personalen vet inte hur de får agera.", "Vuxna i gruppbostad", "Kostråd finns men inte om självbestämmande."),
    ("Korttidsvistelse för barn", "Vad gör korttidsvistelse meningsfull för barnet och inte bara avlösning för föräldrarna?", "Barnens perspektiv saknas.", "Barn 6–17 år", "Inget kunskapsstöd."),
];

/// Fictional heads of social services, one per county.
pub const REPRESENTATIVES: [(&str, &str, &str); 21] = [
    ("Anna Lindqvist", "Stockholm", "Huddinge kommun"),
    ("Björn Ekström", "Uppsala", "Enköpings kommun"),
    ("Cecilia Åberg", "Södermanland", "Katrineholms kommun"),
    ("David Nyström", "Östergötland", "Motala kommun"),
    ("Elin Sjöberg", "Jönköping", "Värnamo kommun"),
    ("Fredrik Holm", "Kronoberg", "Ljungby kommun"),
    ("Gunilla Berg", "Kalmar", "Västerviks kommun"),
    ("Hans Östlund", "Gotland", "Region Gotland"),
    ("Ingrid Karlsson", "Blekinge", "Ronneby kommun"),
    ("Johan Persson", "Skåne", "Hässleholms kommun"),
    ("Karin Lund", "Halland", "Falkenbergs kommun"),
    ("Lars Ängström", "Västra Götaland", "Alingsås kommun"),
    ("Maria Olsson", "Värmland", "Arvika kommun"),
    ("Niklas Wikström", "Örebro", "Kumla kommun"),
    ("Olivia Strand", "Västmanland", "Sala kommun"),
    ("Per Dahlgren", "Dalarna", "Borlänge kommun"),
    ("Rebecka Hed", "Gävleborg", "Sandvikens kommun"),
    ("Sven Öberg", "Västernorrland", "Härnösands kommun"),
    ("Tove Jämtin", "Jämtland", "Krokoms kommun"),
    ("Ulf Bäckström", "Västerbotten", "Skellefteå kommun"),
    ("Vera Nilsson", "Norrbotten", "Piteå kommun"),
];
