//! The Raamwerk interprofessioneel samenwerken (Geveke et al. 2024), compiled in as data.
