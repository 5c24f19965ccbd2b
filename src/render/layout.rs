//! Text that fits a terminal: paragraphs wrapped at [`WIDTH`] columns, and borderless
//! aligned grids whose wide columns wrap so each line fits.
//!
//! Widths count characters: the symbols awscalc writes (`×`, `−`, `≤`, `→`, `–`) are one
//! column each. A word longer than its column (a fact id, a URL) breaks after a `_`, `.`,
//! `/` or `-` where it can, else where it must; a line holding only a URL is the one line
//! allowed past the width, since a broken URL cannot be followed.

/// The widest line the text view writes.
pub(super) const WIDTH: usize = 100;

/// The narrowest a wrapping column is made before the grid gives up and runs wide.
const MIN_COLUMN: usize = 6;

/// The longest word a wrapping column keeps whole when the grid is too wide.
const LONGEST_WORD: usize = 28;

/// The columns `text` takes.
pub(super) fn width(text: &str) -> usize {
    text.chars().count()
}

/// Appends `n` spaces to `line`: copied in runs of up to 64, where pushing them one `char`
/// at a time cost about ten instructions a space (a fifth of `Grid::push_cells`).
pub(super) fn push_spaces(line: &mut String, n: usize) {
    const SPACES: &str = "                                                                ";
    let mut left = n;
    while left > 0 {
        let run = left.min(SPACES.len());
        line.push_str(&SPACES[..run]);
        left -= run;
    }
}

/// `text` in a column `width` wide: after its padding when `align` is right, before it
/// otherwise.
fn push_padded(line: &mut String, text: &str, width: usize, align: Align) {
    let pad = width.saturating_sub(self::width(text));
    if align == Align::Right {
        push_spaces(line, pad);
        line.push_str(text);
    } else {
        line.push_str(text);
        push_spaces(line, pad);
    }
}

/// `text` wrapped into lines of at most `width` columns, breaking at spaces; the spaces
/// between two words on one line stay as they were (`line 2  rcu …`).
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    if fits_whole(text, width) {
        return vec![text.to_string()];
    }
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        // The line being filled and its width, kept as it grows rather than counted again.
        // Each line is sized for the width once rather than grown by doubling.
        let capacity = width.min(256);
        let (mut line, mut line_width) = (String::with_capacity(capacity), 0);
        for (gap, word) in words(paragraph) {
            let word_width = width_of(word);
            let needed = if line.is_empty() {
                word_width
            } else {
                line_width + gap + word_width
            };
            if needed <= width {
                if !line.is_empty() {
                    push_spaces(&mut line, gap);
                }
                line.push_str(word);
                line_width = needed;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::replace(
                    &mut line,
                    String::with_capacity(capacity),
                ));
            }
            let mut rest = word;
            while width_of(rest) > width {
                let (head, tail) = break_word(rest, width);
                lines.push(head.to_string());
                rest = tail;
            }
            line.push_str(rest);
            line_width = width_of(rest);
        }
        lines.push(line);
    }
    lines
}

/// Whether `text` is its own wrapping at `width`: one line, no spaces to trim, not too
/// wide. Most cells and notes are: one count of the characters, no words split.
fn fits_whole(text: &str, width: usize) -> bool {
    !text.contains('\n')
        && !text.starts_with(' ')
        && !text.ends_with(' ')
        && width_of(text) <= width
}

/// The words of `text`, each with the number of spaces before it.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut gap = 0;
    for piece in text.split(' ') {
        if piece.is_empty() {
            gap += 1;
        } else {
            words.push((gap + 1, piece));
            gap = 0;
        }
    }
    words
}

fn width_of(text: &str) -> usize {
    width(text)
}

/// `word` split so the head fits `width`: after the last `_`, `.`, `/` or `-` that fits,
/// else at `width` characters.
fn break_word(word: &str, width: usize) -> (&str, &str) {
    let cut = word
        .char_indices()
        .nth(width)
        .map_or(word.len(), |(at, _)| at);
    let head = &word[..cut];
    let at = head
        .char_indices()
        .rev()
        .find(|(i, c)| *i > 0 && matches!(c, '_' | '.' | '/' | '-' | ','))
        .map_or(cut, |(i, c)| i + c.len_utf8());
    word.split_at(at)
}

/// `text` wrapped at [`WIDTH`] after `first` (`note: `), the lines after the first
/// indented by `rest`.
pub(super) fn paragraph(first: &str, rest: &str, text: &str) -> Vec<String> {
    let body = WIDTH.saturating_sub(width(first).max(width(rest))).max(20);
    wrap(text, body)
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let lead = if i == 0 { first } else { rest };
            let mut text = String::with_capacity(lead.len() + line.len());
            text.push_str(lead);
            text.push_str(&line);
            text.truncate(text.trim_end().len());
            text
        })
        .collect()
}

/// How a column's cells stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Align {
    /// Left aligned, wrapped when the grid is too wide.
    Left,
    /// Right aligned (numbers), never wrapped.
    Right,
    /// Left aligned, never wrapped (short keys, arrows).
    Fixed,
    /// Left aligned, wrapped only past [`SNUG`] columns: arithmetic, which reads worse
    /// broken than the prose beside it.
    Snug,
}

/// The width a [`Align::Snug`] column keeps before it wraps.
const SNUG: usize = 36;

/// A borderless grid: an optional header underlined with dashes, then rows, columns two
/// spaces apart, the whole indented.
pub(super) struct Grid {
    pub(super) indent: usize,
    pub(super) align: Vec<Align>,
    pub(super) header: Option<Vec<String>>,
    pub(super) rows: Vec<Vec<String>>,
}

impl Grid {
    pub(super) fn new(indent: usize, align: Vec<Align>) -> Grid {
        Grid {
            indent,
            align,
            header: None,
            rows: Vec::new(),
        }
    }

    /// The grid's lines, fitted to [`WIDTH`].
    pub(super) fn lines(&self) -> Vec<String> {
        let widths = self.widths();
        let mut lines = Vec::new();
        if let Some(header) = &self.header {
            self.push_cells(header, &widths, true, &mut lines);
            let dashes: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            self.push_row(&dashes, &widths, &mut lines);
        }
        for row in &self.rows {
            self.push_row(row, &widths, &mut lines);
        }
        lines
    }

    /// Column widths that fit [`WIDTH`], as a browser lays out a table: each wrapping
    /// column gets at least its longest word (up to [`LONGEST_WORD`]), and the room left
    /// is shared in proportion to how much wider each would be unwrapped.
    fn widths(&self) -> Vec<usize> {
        let columns = self.align.len();
        let mut widest = vec![0; columns];
        for row in &self.rows {
            for (c, cell) in row.iter().enumerate().take(columns) {
                widest[c] = widest[c].max(width(cell));
            }
        }
        let gaps = 2 * columns.saturating_sub(1);
        let room = WIDTH.saturating_sub(self.indent + gaps);
        let natural: Vec<usize> = (0..columns)
            .map(|c| {
                let header = self.header.as_ref().map_or(0, |h| width(&h[c]));
                widest[c].max(header)
            })
            .collect();
        if natural.iter().sum::<usize>() <= room {
            return natural;
        }
        // Too wide: the longest word of each column, which it is not narrowed below
        // (counted only now: a grid that fits, most of them, needs no words).
        let mut word = vec![0; columns];
        for row in self.header.iter().chain(&self.rows) {
            for (c, cell) in row.iter().enumerate().take(columns) {
                let longest = cell.split(' ').map(width).max().unwrap_or(0);
                word[c] = word[c].max(longest);
            }
        }
        // A header wraps rather than widen a column of short values.
        let header_fits = |c: usize| match self.align[c] {
            Align::Left | Align::Snug => self.header.as_ref().map_or(0, |h| width(&h[c])),
            Align::Right | Align::Fixed => word[c],
        };
        let with_header: Vec<usize> = (0..columns)
            .map(|c| widest[c].max(header_fits(c)))
            .collect();
        let widest = with_header;
        let least: Vec<usize> = (0..columns)
            .map(|c| match self.align[c] {
                Align::Left => word[c].clamp(MIN_COLUMN, LONGEST_WORD).min(widest[c]),
                Align::Snug => widest[c].min(SNUG),
                Align::Right | Align::Fixed => widest[c],
            })
            .collect();
        let mut widths = least.clone();
        let floor: usize = least.iter().sum();
        let slack: Vec<usize> = (0..columns).map(|c| widest[c] - least[c]).collect();
        let total_slack: usize = slack.iter().sum();
        if floor < room && total_slack > 0 {
            let extra = room - floor;
            for c in 0..columns {
                widths[c] += extra * slack[c] / total_slack;
            }
            // What the rounding down left over, a column at a time, to the widest wrapped.
            let mut left = room.saturating_sub(widths.iter().sum());
            while left > 0 {
                let Some(c) = (0..columns)
                    .filter(|c| widths[*c] < widest[*c])
                    .max_by_key(|c| widest[*c] - widths[*c])
                else {
                    break;
                };
                widths[c] += 1;
                left -= 1;
            }
        }
        // Still too wide: narrow the widest wrapping column, a column at a time.
        while widths.iter().sum::<usize>() > room {
            let narrowest = (0..columns)
                .filter(|c| {
                    matches!(self.align[*c], Align::Left | Align::Snug) && widths[*c] > MIN_COLUMN
                })
                .max_by_key(|c| (widths[*c], usize::MAX - c));
            match narrowest {
                Some(c) => widths[c] -= 1,
                None => break,
            }
        }
        widths
    }

    fn push_row(&self, row: &[String], widths: &[usize], lines: &mut Vec<String>) {
        self.push_cells(row, widths, false, lines);
    }

    /// A row's lines; a header's cells all wrap.
    fn push_cells(&self, row: &[String], widths: &[usize], header: bool, lines: &mut Vec<String>) {
        let wraps = |align: &Align| header || matches!(align, Align::Left | Align::Snug);
        // Sized once for the whole line (columns and the two spaces between them), rather
        // than grown by doubling as cells are added: four reallocations a line before.
        let capacity = self.indent + widths.iter().sum::<usize>() + 2 * widths.len();
        // Most rows are one line, every cell fitting its column: written as they are,
        // without wrapping any (a third of a long listing's layout before).
        let one_line = row
            .iter()
            .zip(widths)
            .zip(&self.align)
            .all(|((cell, w), align)| !wraps(align) || fits_whole(cell, (*w).max(1)));
        if one_line {
            let mut line = String::with_capacity(capacity);
            push_spaces(&mut line, self.indent);
            for (c, ((cell, w), align)) in row.iter().zip(widths).zip(&self.align).enumerate() {
                if c > 0 {
                    line.push_str("  ");
                }
                push_padded(&mut line, cell, *w, *align);
            }
            line.truncate(line.trim_end().len());
            lines.push(line);
            return;
        }
        // A cell that fits its column is used as it is; only a wider one is wrapped.
        let cells: Vec<Cell> = row
            .iter()
            .zip(widths)
            .zip(&self.align)
            .map(|((cell, w), align)| {
                if wraps(align) && !fits_whole(cell, (*w).max(1)) {
                    Cell::Lines(wrap(cell, *w))
                } else {
                    Cell::Whole(cell)
                }
            })
            .collect();
        let height = cells.iter().map(Cell::height).max().unwrap_or(1);
        for i in 0..height {
            let mut line = String::with_capacity(capacity);
            push_spaces(&mut line, self.indent);
            for (c, ((cell, w), align)) in cells.iter().zip(widths).zip(&self.align).enumerate() {
                if c > 0 {
                    line.push_str("  ");
                }
                push_padded(&mut line, cell.line(i), *w, *align);
            }
            line.truncate(line.trim_end().len());
            lines.push(line);
        }
    }
}

/// A cell of a row being written: its text whole, or wrapped into lines.
enum Cell<'a> {
    Whole(&'a str),
    Lines(Vec<String>),
}

impl Cell<'_> {
    fn height(&self) -> usize {
        match self {
            Cell::Whole(_) => 1,
            Cell::Lines(lines) => lines.len(),
        }
    }

    /// Line `i` of the cell, empty below its last.
    fn line(&self, i: usize) -> &str {
        match self {
            Cell::Whole(text) if i == 0 => text,
            Cell::Whole(_) => "",
            Cell::Lines(lines) => lines.get(i).map_or("", String::as_str),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Every line fits, and the words come back in order: a break only moves where a
        /// line ends (or cuts a word too long for a line).
        #[test]
        fn prop_wrap_fits_and_keeps_the_words(
            words in proptest::collection::vec("[a-z×_./-]{1,30}", 0..40),
            width in 1usize..60,
        ) {
            let text = words.join(" ");
            let lines = wrap(&text, width);
            for line in &lines {
                prop_assert!(width_of(line) <= width, "{line:?} over {width}");
            }
            prop_assert_eq!(lines.concat().replace(' ', ""), words.concat());
        }

        /// A text that fits is one line, itself; spaces between words are kept.
        #[test]
        fn prop_wrap_leaves_a_fitting_text_whole(
            words in proptest::collection::vec("[a-z×_./-]{1,12}", 1..6),
            gaps in proptest::collection::vec(1usize..3, 6),
        ) {
            let mut text = String::new();
            for (i, word) in words.iter().enumerate() {
                if i > 0 {
                    text.push_str(&" ".repeat(gaps[i]));
                }
                text.push_str(word);
            }
            prop_assert_eq!(wrap(&text, 100), vec![text.clone()]);
        }

        /// A grid of wrapping columns fits 100 columns whenever the narrowest it may make
        /// them does.
        #[test]
        fn prop_a_grid_fits_when_it_can(
            rows in proptest::collection::vec(
                proptest::collection::vec("[a-z ]{0,80}", 4), 1..8),
        ) {
            let mut grid = Grid::new(2, vec![Align::Left; 4]);
            grid.rows = rows;
            for line in grid.lines() {
                prop_assert!(width_of(&line) <= WIDTH, "{line:?}");
            }
        }
    }

    #[test]
    fn wrapping_breaks_at_spaces_within_the_width() {
        assert_eq!(
            wrap("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("a × b", 5), ["a × b"]);
        assert_eq!(wrap("line 2  rcu = 45", 40), ["line 2  rcu = 45"]);
    }

    #[test]
    fn a_long_word_breaks_after_a_separator() {
        assert_eq!(
            wrap("alpha.bravo_charlie_delta", 12),
            ["alpha.bravo_", "charlie_", "delta"]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn a_paragraph_hangs_under_its_lead() {
        let text = "word ".repeat(40);
        let lines = paragraph("note: ", "      ", &text);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l) <= WIDTH));
        assert!(lines[0].starts_with("note: word"));
        assert!(lines[1].starts_with("      word"));
    }

    #[test]
    fn a_wide_grid_wraps_its_widest_column_to_fit() {
        let mut grid = Grid::new(2, vec![Align::Right, Align::Left, Align::Left]);
        grid.header = Some(vec!["#".into(), "step".into(), "arithmetic".into()]);
        grid.rows
            .push(vec!["1".into(), "x ".repeat(60), "y ".repeat(30)]);
        let lines = grid.lines();
        assert!(lines.iter().all(|l| width(l) <= WIDTH), "{lines:#?}");
        assert!(lines.len() > 3);
        assert!(lines[1].starts_with("  -  ----"));
    }

    #[test]
    fn a_narrow_grid_keeps_its_natural_widths() {
        let mut grid = Grid::new(2, vec![Align::Fixed, Align::Right]);
        grid.rows.push(vec!["size".into(), "5".into()]);
        grid.rows.push(vec!["rate".into(), "100".into()]);
        assert_eq!(grid.lines(), ["  size    5", "  rate  100"]);
    }

    #[test]
    fn push_spaces_appends_exactly_n_spaces() {
        for n in [0, 1, 63, 64, 65, 200] {
            let mut line = String::from("x");
            super::push_spaces(&mut line, n);
            assert_eq!(line, format!("x{}", " ".repeat(n)));
        }
    }
}
