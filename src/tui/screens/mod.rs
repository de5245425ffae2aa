//! One file per screen. Each has its view (built before drawing, with any
//! tally already computed) and `impl Widget for &ItsView`.

pub mod frame;
pub mod home;
pub mod m1_area;
pub mod m2_extra;
pub mod m2_needs;
pub mod m3_dialogue;
pub mod m4_verify;
pub mod m5_panes;
pub mod m5_priority;
pub mod m6_handover;
pub mod m7_feedback;
pub mod timeline;

use crate::domain::Moment;

/// Where the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Moment(Moment),
}
