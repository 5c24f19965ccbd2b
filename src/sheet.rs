//! The answer-sheet format `awscalc check` reads: one question per line.
//!
//! ```text
//! # study notes 002:168           a comment
//! rcu --size 7kb --rate 3 --strong = 6
//! A2: rcu --size 3kb --rate 90 = 45
//! ```
//!
//! - `#` starts a comment, to the end of the line; blank lines are skipped.
//! - An optional label names the question: the first word of the line when it ends with
//!   `:` (`A1:`, `002:168:`).
//! - Then an awscalc command without the `awscalc` word, then ` = ` and the expected answer.
//!   The answer is whatever follows the **last** ` = ` (spaces around the `=`), so a
//!   command's own `--size=5kb` is fine.

use std::fmt;

/// One question of a sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question<'a> {
    /// The label before the colon, if any.
    pub label: Option<&'a str>,
    /// The command, without `awscalc`.
    pub command: &'a str,
    /// The expected answer as written.
    pub expected: &'a str,
}

/// Why a line is not a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineError {
    /// No ` = ` separating the command from the answer.
    NoAnswer,
    /// Nothing before the ` = `.
    NoCommand,
    /// Nothing after the ` = `.
    EmptyAnswer,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LineError::NoAnswer => {
                "expected `COMMAND = ANSWER`, like `rcu --size 7kb --rate 3 --strong = 6`"
            }
            LineError::NoCommand => "there is no command before ` = `",
            LineError::EmptyAnswer => "there is no answer after ` = `",
        })
    }
}

/// Reads one line: `Ok(None)` for a blank or comment line.
///
/// # Errors
/// A [`LineError`] when the line has no ` = ANSWER` or no command.
pub fn parse_line(line: &str) -> Result<Option<Question<'_>>, LineError> {
    let content = line
        .split_once('#')
        .map_or(line, |(before, _)| before)
        .trim();
    if content.is_empty() {
        return Ok(None);
    }
    let (label, rest) = split_label(content);
    let (command, expected) = split_answer(rest).ok_or(LineError::NoAnswer)?;
    let (command, expected) = (command.trim(), expected.trim());
    if command.is_empty() {
        return Err(LineError::NoCommand);
    }
    if expected.is_empty() {
        return Err(LineError::EmptyAnswer);
    }
    Ok(Some(Question {
        label,
        command,
        expected,
    }))
}

/// `A1: rcu ...` → (`Some("A1")`, `rcu ...`): the first word, when it ends with `:`.
fn split_label(content: &str) -> (Option<&str>, &str) {
    let (word, rest) = content
        .split_once(char::is_whitespace)
        .unwrap_or((content, ""));
    match word.strip_suffix(':') {
        Some(label) if !label.is_empty() && !label.contains('=') => {
            (Some(label), rest.trim_start())
        }
        _ => (None, content),
    }
}

/// Splits at the last `=` with white space (or the text's start or end) on both sides.
fn split_answer(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    (0..bytes.len()).rev().find_map(|i| {
        let spaced_before = i == 0 || bytes[i - 1].is_ascii_whitespace();
        let spaced_after = i + 1 == bytes.len() || bytes[i + 1].is_ascii_whitespace();
        (bytes[i] == b'=' && spaced_before && spaced_after).then(|| (&text[..i], &text[i + 1..]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_question() {
        let q = parse_line("rcu --size 7kb --rate 3 --strong = 6")
            .unwrap()
            .unwrap();
        assert_eq!(q.label, None);
        assert_eq!(q.command, "rcu --size 7kb --rate 3 --strong");
        assert_eq!(q.expected, "6");
    }

    #[test]
    fn labels_comments_and_blank_lines() {
        assert_eq!(parse_line("   ").unwrap(), None);
        assert_eq!(parse_line("# study notes 002:168").unwrap(), None);
        let q = parse_line("A2: rcu --size 3kb --rate 90 = 45   # eventual")
            .unwrap()
            .unwrap();
        assert_eq!(q.label, Some("A2"));
        assert_eq!(q.command, "rcu --size 3kb --rate 90");
        assert_eq!(q.expected, "45");
        let q = parse_line("002:168: wcu --size 7kb --rate 10 = 70")
            .unwrap()
            .unwrap();
        assert_eq!(q.label, Some("002:168"));
    }

    #[test]
    fn colons_and_equals_inside_the_command_stay_there() {
        let q = parse_line("cidr 2600:1f18::/64 = 18446744073709551611")
            .unwrap()
            .unwrap();
        assert_eq!(q.label, None);
        assert_eq!(q.command, "cidr 2600:1f18::/64");
        let q = parse_line("rcu --size=5kb --rate=100 --strong = 200")
            .unwrap()
            .unwrap();
        assert_eq!(q.command, "rcu --size=5kb --rate=100 --strong");
        assert_eq!(q.expected, "200");
    }

    #[test]
    fn malformed_lines_say_what_is_missing() {
        assert_eq!(parse_line("rcu --size 7kb"), Err(LineError::NoAnswer));
        assert_eq!(parse_line(" = 6"), Err(LineError::NoCommand));
        assert_eq!(parse_line("rcu --size 7kb ="), Err(LineError::EmptyAnswer));
        assert_eq!(parse_line("rcu --size 7kb =6"), Err(LineError::NoAnswer));
    }
}
