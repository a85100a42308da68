//! A filled-in example session (made-up school, no real people) for newcomers.
