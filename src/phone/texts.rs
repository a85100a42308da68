//! The texts the answer page shows, written by `scripts/phone-texts.mjs` from
//! `data/raamwerk.json` and `data/ladder.json` (Dutch source, our English translation);
//! do not edit by hand. A test holds them to the data.

/// One row of a theme: its id, and each side in Dutch and English (`None`: the source has
/// no such side).
pub struct RowText {
    /// Framework row id.
    pub id: &'static str,
    /// The success factor (Dutch, English).
    pub success: Option<(&'static str, &'static str)>,
    /// The bottleneck (Dutch, English).
    pub bottleneck: Option<(&'static str, &'static str)>,
}

/// One theme with its perspective's name.
pub struct ThemeText {
    /// The perspective's name (Dutch, English).
    pub perspective: (&'static str, &'static str),
    /// The theme's name (Dutch, English).
    pub name: (&'static str, &'static str),
    /// Its rows, in source order.
    pub rows: &'static [RowText],
}

/// A ladder rung: its name and short description (Dutch, English).
pub struct RungText {
    /// The name.
    pub name: (&'static str, &'static str),
    /// The short description.
    pub summary: (&'static str, &'static str),
}

/// The themes in source order.
pub const THEMES: &[ThemeText] = &[
    ThemeText {
        perspective: ("Interprofessioneel handelen", "Interprofessional practice"),
        name: ("Communicatie en kennisdeling", "Communication and knowledge sharing"),
        rows: &[
            RowText {
                id: "ih.communicatie.1",
                success: Some(("Informeren en communiceren", "Informing and communicating")),
                bottleneck: Some(("Onvoldoende informeren en communiceren", "Not informing and communicating enough")),
            },
            RowText {
                id: "ih.communicatie.2",
                success: Some(("Kennis delen", "Sharing knowledge")),
                bottleneck: Some(("Onvoldoende kennis delen", "Not sharing enough knowledge")),
            },
        ],
    },
    ThemeText {
        perspective: ("Interprofessioneel handelen", "Interprofessional practice"),
        name: ("Onderlinge afhankelijkheid", "Interdependence"),
        rows: &[
            RowText {
                id: "ih.afhankelijkheid.1",
                success: Some(("Wil om samen te werken, respect, vertrouwen en relatie", "Willingness to collaborate, respect, trust and relationship")),
                bottleneck: Some(("Gebrek aan wil om samen te werken, respect, vertrouwen en relatie", "Lack of willingness to collaborate, respect, trust and relationship")),
            },
            RowText {
                id: "ih.afhankelijkheid.2",
                success: Some(("Expertise kennen, waarderen en verbinden", "Knowing, valuing and connecting expertise")),
                bottleneck: Some(("Onvoldoende de expertise kennen, waarderen en verbinden", "Not knowing, valuing and connecting expertise enough")),
            },
        ],
    },
    ThemeText {
        perspective: ("Interprofessioneel handelen", "Interprofessional practice"),
        name: ("Collectief eigenaarschap van doelen", "Collective ownership of goals"),
        rows: &[
            RowText {
                id: "ih.eigenaarschap.1",
                success: Some(("Gezamenlijke visie en missie uitdragen", "Promoting a shared vision and mission")),
                bottleneck: Some(("Onvoldoende gezamenlijke visie en missie uitdragen", "Not promoting a shared vision and mission enough")),
            },
            RowText {
                id: "ih.eigenaarschap.2",
                success: Some(("Gezamenlijke verantwoordelijkheid dragen", "Taking joint responsibility")),
                bottleneck: Some(("Onvoldoende gezamenlijke verantwoordelijkheid dragen", "Not taking enough joint responsibility")),
            },
            RowText {
                id: "ih.eigenaarschap.3",
                success: Some(("Gezamenlijk optrekken met ouders", "Working together with parents")),
                bottleneck: Some(("Onvoldoende gezamenlijk optrekken met ouders", "Not working together with parents enough")),
            },
        ],
    },
    ThemeText {
        perspective: ("Interprofessioneel handelen", "Interprofessional practice"),
        name: ("Nieuw gecreëerde professionele activiteiten", "Newly created professional activities"),
        rows: &[
            RowText {
                id: "ih.activiteiten.1",
                success: Some(("Samen ontwerpen en het ontwerp uitvoeren", "Designing together and putting the design into practice")),
                bottleneck: Some(("Onvoldoende samen ontwerpen en het ontwerp uitvoeren", "Not enough designing together and putting the design into practice")),
            },
            RowText {
                id: "ih.activiteiten.2",
                success: Some(("Interprofessioneel opleiden en professionaliseren", "Interprofessional training and professional development")),
                bottleneck: Some(("Onvoldoende interprofessioneel opleiden en professionaliseren", "Not enough interprofessional training and professional development")),
            },
        ],
    },
    ThemeText {
        perspective: ("Interprofessioneel handelen", "Interprofessional practice"),
        name: ("Flexibiliteit", "Flexibility"),
        rows: &[
            RowText {
                id: "ih.flexibiliteit.1",
                success: Some(("Rolgrenzen verkennen, gedeelde rol hebben, rol overnemen", "Exploring role boundaries, sharing a role, taking over a role")),
                bottleneck: Some(("Beperkt gedeelde rol hebben, beperkt de rol overnemen", "Limited sharing of roles, limited taking over of roles")),
            },
        ],
    },
    ThemeText {
        perspective: ("Interprofessioneel handelen", "Interprofessional practice"),
        name: ("Reflectie op het proces", "Reflection on the process"),
        rows: &[
            RowText {
                id: "ih.reflectie.1",
                success: Some(("Reflecteren op de samenwerking", "Reflecting on the collaboration")),
                bottleneck: Some(("Onvoldoende reflecteren op de samenwerking", "Not reflecting enough on the collaboration")),
            },
        ],
    },
    ThemeText {
        perspective: ("Pedagogisch-didactisch handelen", "Pedagogical-didactic practice"),
        name: ("Aanpak voor de leerling", "Approach for the pupil"),
        rows: &[
            RowText {
                id: "pd.aanpak.1",
                success: Some(("Onderbouwd aanbod gebruiken", "Using well-founded provision")),
                bottleneck: None,
            },
            RowText {
                id: "pd.aanpak.2",
                success: Some(("Toegepast en gevarieerd aanbod afgestemd op de behoeftes van de leerling gebruiken", "Using applied and varied provision tailored to the pupil's needs")),
                bottleneck: Some(("Beperkt gebruiken van toegepast en gevarieerd aanbod afgestemd op de behoeftes van de leerling", "Limited use of applied and varied provision tailored to the pupil's needs")),
            },
            RowText {
                id: "pd.aanpak.3",
                success: Some(("Kennis van de leraar vergroten", "Increasing the teacher's knowledge")),
                bottleneck: Some(("Behoeftes aan of noodzaak om de kennis van de leraar te vergroten", "Need or necessity to increase the teacher's knowledge")),
            },
        ],
    },
    ThemeText {
        perspective: ("Pedagogisch-didactisch handelen", "Pedagogical-didactic practice"),
        name: ("Organisatie binnen en (buiten) de klas", "Organisation inside and (outside) the classroom"),
        rows: &[
            RowText {
                id: "pd.organisatie.1",
                success: Some(("Individuele hulp toepassen", "Providing individual help")),
                bottleneck: Some(("Te veel gericht zijn op het individu", "Being too focused on the individual")),
            },
            RowText {
                id: "pd.organisatie.2",
                success: Some(("Hulp bieden in de klas of aan de groep", "Offering help in the classroom or to the group")),
                bottleneck: Some(("Beperkt hulp (kunnen) bieden in de klas of aan de groep.", "(Being able to) offer only limited help in the classroom or to the group.")),
            },
        ],
    },
    ThemeText {
        perspective: ("Pedagogisch-didactisch handelen", "Pedagogical-didactic practice"),
        name: ("Preventief werken", "Working preventively"),
        rows: &[
            RowText {
                id: "pd.preventief.1",
                success: Some(("Signaleren en daarover rapporteren", "Spotting signs and reporting on them")),
                bottleneck: Some(("Beperkt signaleren en daarover rapporteren", "Limited spotting of signs and reporting on them")),
            },
            RowText {
                id: "pd.preventief.2",
                success: Some(("Vroegtijdig en preventief aanpakken", "Early and preventive action")),
                bottleneck: Some(("Beperkt vroegtijdig en preventief aanpakken", "Limited early and preventive action")),
            },
        ],
    },
    ThemeText {
        perspective: ("Pedagogisch-didactisch handelen", "Pedagogical-didactic practice"),
        name: ("Monitoring in de klas", "Monitoring in the classroom"),
        rows: &[
            RowText {
                id: "pd.monitoring.1",
                success: Some(("Monitoren van vooruitgang", "Monitoring progress")),
                bottleneck: None,
            },
        ],
    },
    ThemeText {
        perspective: ("Organisatorische factoren", "Organisational factors"),
        name: ("Facilitering", "Facilitation"),
        rows: &[
            RowText {
                id: "of.facilitering.1",
                success: Some(("Tijd", "Time")),
                bottleneck: Some(("Tijdgebrek", "Lack of time")),
            },
            RowText {
                id: "of.facilitering.2",
                success: Some(("Middelen", "Resources")),
                bottleneck: Some(("Gebrek aan middelen", "Lack of resources")),
            },
            RowText {
                id: "of.facilitering.3",
                success: None,
                bottleneck: Some(("Te hoge werkdruk en lage prioriteit", "Excessive workload and low priority")),
            },
        ],
    },
    ThemeText {
        perspective: ("Organisatorische factoren", "Organisational factors"),
        name: ("Structuur in organisatie en proces", "Structure in organisation and process"),
        rows: &[
            RowText {
                id: "of.structuur.1",
                success: Some(("Gestructureerd samenwerken", "Structured collaboration")),
                bottleneck: Some(("Gebrek aan gestructureerd samenwerken", "Lack of structured collaboration")),
            },
            RowText {
                id: "of.structuur.2",
                success: Some(("Structuren voor het delen", "Structures for sharing")),
                bottleneck: Some(("Gebrek aan structuren voor het delen", "Lack of structures for sharing")),
            },
            RowText {
                id: "of.structuur.3",
                success: Some(("Werken als een gemeenschap", "Working as a community")),
                bottleneck: Some(("Onvoldoende werken als een gemeenschap", "Not working enough as a community")),
            },
        ],
    },
    ThemeText {
        perspective: ("Organisatorische factoren", "Organisational factors"),
        name: ("Leiderschap", "Leadership"),
        rows: &[
            RowText {
                id: "of.leiderschap.1",
                success: Some(("Leiderschap", "Leadership")),
                bottleneck: Some(("Ontoereikend leiderschap", "Inadequate leadership")),
            },
        ],
    },
    ThemeText {
        perspective: ("Organisatorische factoren", "Organisational factors"),
        name: ("Nabijheid en beschikbaarheid jeugdhulp", "Proximity and availability of youth care"),
        rows: &[
            RowText {
                id: "of.nabijheid.1",
                success: Some(("Nabijheid en beschikbaarheid jeugdhulp", "Proximity and availability of youth care")),
                bottleneck: Some(("Gebrek aan nabijheid of beschikbaarheid jeugdhulp", "Lack of proximity or availability of youth care")),
            },
        ],
    },
];

/// The ladder's rungs, lowest first.
pub const RUNGS: [RungText; 4] = [
    RungText {
        name: ("coöperatie", "cooperation"),
        summary: ("Informatie uitwisselen; het contact is formeel en weinig intensief.", "Exchanging information; contact is formal and not very intensive."),
    },
    RungText {
        name: ("coördinatie", "coordination"),
        summary: ("Structureel en gecoördineerd contact, bijvoorbeeld via interdisciplinaire overleggen.", "Regular, coordinated contact, for example through interdisciplinary meetings."),
    },
    RungText {
        name: ("collaboratie", "collaboration"),
        summary: ("Interdisciplinair samenwerken: afgestemde werkprocessen en samen leren van elkaar (expansief leren).", "Interdisciplinary collaboration: aligned work processes and professionals learning from each other (expansive learning)."),
    },
    RungText {
        name: ("integrale aanpak / sterk partnerschap", "integrated approach / strong partnership"),
        summary: ("Sterk partnerschap: kennis en werkwijze uit onderwijs en zorg zijn echt verbonden.", "Strong partnership: knowledge and ways of working from education and care are truly connected."),
    },
];

/// How to cite the ladder's source.
pub const LADDER_CITATION: &str = "Onderwijs en jeugdhulp samen over de schutting. PO-Magazine, juni 2019. Over het lopende onderzoek ‘Onderwijs en jeugdhulp samen over de schutting’ van Jantien Gerdes.";

#[cfg(test)]
mod tests;
