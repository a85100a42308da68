//! Names of the participants' roles.

use crate::model::Role;
use crate::texts;

texts! {
    /// Role names (the words of `docs/design.md`).
    RoleText {
        Teacher => "Leerkracht", "Teacher";
        CareCoordinator => "Intern begeleider", "Care coordinator (IB)";
        YouthWorker => "Jeugdhulpverlener", "Youth worker";
        SchoolLeader => "Directeur", "School leader";
        Parent => "Ouder/verzorger", "Parent/carer";
        BehaviouralScientist => "Gedragswetenschapper", "Behavioural scientist";
        Other => "Anders", "Other";
    }
}

impl From<Role> for RoleText {
    fn from(role: Role) -> Self {
        match role {
            Role::Teacher => RoleText::Teacher,
            Role::CareCoordinator => RoleText::CareCoordinator,
            Role::YouthWorker => RoleText::YouthWorker,
            Role::SchoolLeader => RoleText::SchoolLeader,
            Role::Parent => RoleText::Parent,
            Role::BehaviouralScientist => RoleText::BehaviouralScientist,
            Role::Other => RoleText::Other,
        }
    }
}
