//! The picture of a spread, as geometry: one bar per level, all of the same height,
//! centred, universal at the bottom, each as wide as its hours. So a level's area is its
//! share of the hours, a broad base reads as a pyramid and a school that spends most
//! hours on a few pupils sees an upside-down one. The target spread is an outline on the
//! same scale; unallocated hours are a bar of their own on top.
//!
//! Units are the drawing's own (a view box [`WIDTH`] wide); the UI only draws them.

use super::{Figures, Minutes, TargetSpread, Tier};

/// Width of the drawing.
pub const WIDTH: f64 = 1000.0;
/// Height of one row.
pub const ROW: f64 = 100.0;
/// Height of a bar within its row.
pub const BAR: f64 = 76.0;

/// A rectangle in drawing units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width (0 for a level without hours).
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Bar {
    /// Its area.
    pub fn area(&self) -> f64 {
        self.width * self.height
    }
}

/// What a row of the drawing shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// Hours available but not given to any activity.
    Free,
    /// A level.
    Tier(Tier),
}

/// The drawing of one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    /// Rows top to bottom: unallocated hours (if any), individual, targeted, universal.
    pub rows: Vec<(Row, Bar)>,
    /// The target outline per level in [`Tier::ALL`] order, on the same scale (what the
    /// level would be with the allocated hours spread as the target says).
    pub target: [Bar; 3],
    /// Total height.
    pub height: f64,
    /// More allocated than available, by this much.
    pub over: Option<Minutes>,
}

impl Drawing {
    /// The drawing of `summary` with its `target` outline.
    pub fn of(summary: &Figures, target: TargetSpread) -> Drawing {
        let free = u32::try_from(summary.unallocated.max(0)).unwrap_or(u32::MAX);
        // The target outline spreads the hours given out, or those available before any are.
        let basis = if summary.allocated.0 > 0 {
            summary.allocated.0
        } else {
            summary.available.0
        };
        let target_minutes =
            Tier::ALL.map(|t| f64::from(basis) * f64::from(target.percent(t)) / 100.0);
        let scale = Tier::ALL
            .iter()
            .map(|t| f64::from(summary.tier(*t).minutes.0))
            .chain(target_minutes)
            .chain([f64::from(free)])
            .fold(0.0, f64::max);
        let width = |minutes: f64| {
            if scale > 0.0 {
                minutes / scale * WIDTH
            } else {
                0.0
            }
        };
        let bar = |row: usize, w: f64| Bar {
            x: (WIDTH - w) / 2.0,
            y: row as f64 * ROW + (ROW - BAR) / 2.0,
            width: w,
            height: BAR,
        };
        let mut order: Vec<Row> = Vec::with_capacity(4);
        if free > 0 {
            order.push(Row::Free);
        }
        order.extend([Tier::Individual, Tier::Targeted, Tier::Universal].map(Row::Tier));
        let rows: Vec<(Row, Bar)> = order
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let minutes = match row {
                    Row::Free => f64::from(free),
                    Row::Tier(t) => f64::from(summary.tier(*t).minutes.0),
                };
                (*row, bar(i, width(minutes)))
            })
            .collect();
        let row_of = |tier: Tier| {
            order
                .iter()
                .position(|r| *r == Row::Tier(tier))
                .unwrap_or(0)
        };
        let target = Tier::ALL.map(|t| bar(row_of(t), width(target_minutes[t.index()])));
        Drawing {
            height: order.len() as f64 * ROW,
            rows,
            target,
            over: summary.over_allocated_by(),
        }
    }

    /// The bar of a level.
    pub fn bar(&self, tier: Tier) -> Bar {
        self.rows
            .iter()
            .find(|(r, _)| *r == Row::Tier(tier))
            .map_or(
                Bar {
                    x: 0.0,
                    y: 0.0,
                    width: 0.0,
                    height: 0.0,
                },
                |(_, b)| *b,
            )
    }

    /// A level's share of the levels' drawn area, in basis points.
    pub fn area_share_bp(&self, tier: Tier) -> u32 {
        let total: f64 = Tier::ALL.iter().map(|t| self.bar(*t).area()).sum();
        if total <= 0.0 {
            return 0;
        }
        (self.bar(tier).area() / total * 10_000.0).round() as u32
    }
}
