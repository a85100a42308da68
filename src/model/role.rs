//! The roles of the people at the table; names are optional, roles are what the app needs.

use serde::{Deserialize, Serialize};

/// A participant's professional role (the words of `docs/design.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    /// leerkracht
    Teacher,
    /// intern begeleider (IB'er)
    CareCoordinator,
    /// jeugdhulpverlener
    YouthWorker,
    /// directeur
    SchoolLeader,
    /// ouder/verzorger
    Parent,
    /// gedragswetenschapper
    BehaviouralScientist,
    /// anders
    Other,
}

impl Role {
    /// Every role, in the order the UI lists them.
    pub const ALL: [Role; 7] = [
        Role::Teacher,
        Role::CareCoordinator,
        Role::YouthWorker,
        Role::SchoolLeader,
        Role::Parent,
        Role::BehaviouralScientist,
        Role::Other,
    ];

    /// The code name for `data-testid`s and element ids (not shown to users).
    pub const fn slug(self) -> &'static str {
        match self {
            Role::Teacher => "teacher",
            Role::CareCoordinator => "care-coordinator",
            Role::YouthWorker => "youth-worker",
            Role::SchoolLeader => "school-leader",
            Role::Parent => "parent",
            Role::BehaviouralScientist => "behavioural-scientist",
            Role::Other => "other",
        }
    }
}
