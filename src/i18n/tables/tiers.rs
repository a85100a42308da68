//! Names of the pyramid's levels, shared by every screen that mentions a level.

use crate::model::pyramid::Tier;
use crate::texts;

texts! {
    /// Level names.
    TierText {
        Universal => "Universeel (basisondersteuning)", "Universal (basic support)";
        Targeted => "Gericht", "Targeted";
        Individual => "Individueel", "Individual";
        UniversalBrief => "Universeel", "Universal";
        UniversalShort => "universeel", "universal";
        TargetedShort => "gericht", "targeted";
        IndividualShort => "individueel", "individual";
        UniversalWho => "alle leerlingen", "all pupils";
        TargetedWho => "groepen, een klas", "groups, a class";
        IndividualWho => "intensief, enkele leerlingen", "intensive, a few pupils";
    }
}

impl From<Tier> for TierText {
    fn from(tier: Tier) -> Self {
        match tier {
            Tier::Universal => TierText::Universal,
            Tier::Targeted => TierText::Targeted,
            Tier::Individual => TierText::Individual,
        }
    }
}
