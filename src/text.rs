//! Swedish UI strings that are not domain vocabulary.
