//! Operations, one module each.
