//! Documents in and out: minutes, exports, imports. Filled in by the moment issues.
