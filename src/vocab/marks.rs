//! Marks that open list items: every stage that reads lists knows them alike.

/// Bullets that open list items ("●地区生产总值增长5%", "——经济运行总体平稳").
pub const BULLETS: &[char] = &[
    '●', '■', '◆', '▲', '▼', '•', '·', '*', '—', '-', '○', '□', '◇', '★', '☆',
];
