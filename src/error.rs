//! The library's one error type. Messages are lowercase, quote the user's input in
//! backticks and say what is allowed; the binary prints them once as `error: …`.

use thiserror::Error;

/// Everything that can be wrong with an input to awscalc.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Error {
    /// A size that does not follow the size grammar.
    #[error("invalid size `{input}`: {reason}; expected {accepted}")]
    InvalidSize {
        /// What the user typed.
        input: String,
        /// What is wrong with it.
        reason: String,
        /// The accepted forms.
        accepted: &'static str,
    },

    /// A rate that does not follow the rate grammar.
    #[error("invalid rate `{input}`: {reason}; expected {accepted}")]
    InvalidRate {
        /// What the user typed.
        input: String,
        /// What is wrong with it.
        reason: String,
        /// The accepted forms.
        accepted: &'static str,
    },

    /// A duration that does not follow the duration grammar (`168h`, `7d`).
    #[error("invalid duration `{input}`: {reason}; expected {accepted}")]
    InvalidDuration {
        /// What the user typed.
        input: String,
        /// What is wrong with it.
        reason: String,
        /// The accepted forms.
        accepted: &'static str,
    },

    /// Not a number at all.
    #[error(
        "`{input}` is not a number; expected digits with an optional decimal point, like 5 or 3.5"
    )]
    InvalidNumber {
        /// What the user typed.
        input: String,
    },

    /// Zero or negative where only positive values make sense.
    #[error("{what} `{input}` must be greater than zero")]
    NotPositive {
        /// Which quantity.
        what: &'static str,
        /// What the user typed.
        input: String,
    },

    /// Beyond what awscalc accepts, to keep every figure exact.
    #[error("{what} `{input}` is too large: at most {max} is accepted")]
    TooLarge {
        /// Which quantity.
        what: &'static str,
        /// What the user typed.
        input: String,
        /// The largest accepted value, in words.
        max: String,
    },

    /// A number that must be whole.
    #[error("{what} `{input}` must be a whole number")]
    NotWhole {
        /// Which quantity.
        what: &'static str,
        /// What the user typed.
        input: String,
    },

    /// A DynamoDB rule the question breaks (worded in [`crate::explain::dynamodb`]).
    #[error("{0}")]
    DynamoDb(crate::calc::dynamodb::Problem),

    /// A Kinesis rule the question breaks (worded in [`crate::explain::kinesis`]).
    #[error("{0}")]
    Kinesis(crate::calc::kinesis::Problem),
    /// An SQS or Lambda setting the question gives outside its range, or SQS inputs that do
    /// not fit together (worded in [`crate::explain::sqs`]).
    #[error("{0}")]
    Sqs(crate::calc::sqs::Problem),
    /// A Lambda setting outside AWS's range, or Lambda inputs that do not fit together
    /// (worded in [`crate::explain::lambda`]).
    #[error("{0}")]
    Lambda(crate::calc::lambda::Problem),
    /// A disaster-recovery band the registry does not define (worded in
    /// [`crate::explain::resilience`]).
    #[error("{0}")]
    Resilience(crate::calc::resilience::Problem),
    /// A topic maximum outside what SNS allows, or an empty SMS message (worded in
    /// [`crate::explain::sns`]); a topic maximum that is not whole becomes the generic
    /// [`Error::NotWhole`].
    #[error("{0}")]
    Sns(crate::calc::sns::Problem),
    /// A networking rule the question breaks (worded in [`crate::explain::network`]).
    #[error("{0}")]
    Network(crate::calc::network::Problem),
    /// An EBS rule the question breaks (worded in [`crate::explain::ebs`]).
    #[error("{0}")]
    Ebs(crate::calc::ebs::Problem),
    /// An S3 rule or limit the question breaks (worded in [`crate::explain::s3`]).
    #[error("{0}")]
    S3(crate::calc::s3::Problem),
    /// A VPC rule or a `cidr` limit the question breaks (worded in [`crate::explain::vpc`]).
    /// Boxed: its counts are `u128`s (IPv6 blocks), whose alignment would grow every
    /// `Error` past clippy's `result_large_err` limit.
    #[error("{0}")]
    Vpc(Box<crate::calc::vpc::Problem>),

    /// Flags of a command line that contradict each other or are missing, as the command
    /// line layer (`src/cli`, `question.rs`, `quiz.rs`) words them. The calculators in
    /// `src/calc` never build it: their refusals are the typed problems above
    /// (`tests/calc_refusals.rs` checks).
    #[error("{message}")]
    Conflict {
        /// What does not fit together, and what to do instead.
        message: String,
    },

    /// A fact that did not exist on the requested date.
    #[error("{name} did not exist on {as_of}: {history}")]
    NotYetAvailable {
        /// The fact's human name.
        name: &'static str,
        /// The `--as-of` date.
        as_of: String,
        /// When it came, in words.
        history: String,
    },

    /// A date that is not `YYYY-MM-DD`.
    #[error("invalid date `{input}`: expected YYYY-MM-DD, like 2024-07-03")]
    InvalidDate {
        /// What the user typed.
        input: String,
    },

    /// An `--expect` value that cannot be compared with the answer.
    #[error("cannot compare `{input}` with the answer: expected {expected}")]
    InvalidExpectation {
        /// What the user typed.
        input: String,
        /// What would be comparable.
        expected: &'static str,
    },

    /// `--expect` or a sheet line on a command form whose answer is a list or a table, not
    /// one value (docs/answers.md lists what each form answers).
    #[error(
        "cannot compare `{input}` with `{command}`: its answer is a list, not one value \
         (docs/answers.md lists the forms --expect and check take)"
    )]
    NoSingleAnswer {
        /// The command, as the report names it.
        command: String,
        /// What the user expected.
        input: String,
    },

    /// Text that does not follow the grammar of what it names (a storage class, a lifecycle
    /// action, a timestamp).
    #[error("invalid {what} `{input}`: {reason}; expected {expected}")]
    Invalid {
        /// What it should have been.
        what: &'static str,
        /// What the user typed.
        input: String,
        /// What is wrong with it.
        reason: String,
        /// The accepted forms, with an example.
        expected: String,
    },

    /// A fact id that the registry does not hold: a bug in awscalc, not in the input.
    #[error("internal error: no fact `{0}` in the registry")]
    UnknownFact(String),

    /// A value in a JSON input (an S3 lifecycle configuration) that does not fit the shape
    /// awscalc reads, named by its JSON path: ``invalid lifecycle configuration at
    /// Rules[1].Transitions[0].Days (rule `archive`): invalid type: string "30", expected a
    /// whole number of days``.
    #[error("invalid {what} at {path}{}: {reason}{}", rule_named(.rule.as_deref()), expected_clause(.expected.as_deref()))]
    InvalidAt {
        /// What the document is.
        what: &'static str,
        /// Where in it: `Rules[1].Transitions[0].Days`, or `the top level`.
        path: String,
        /// The ID of the rule the path is in, when it has one.
        rule: Option<String>,
        /// What is wrong: `invalid type: string "30"`, ``missing field `Status` ``.
        reason: String,
        /// What would be accepted there, when the reason does not say it all.
        expected: Option<String>,
    },

    /// A CIDR block or IP address that cannot be read, or one `--strict` refuses.
    #[error("invalid cidr `{input}`: {reason}; expected {expected}")]
    InvalidCidr {
        /// What the user typed.
        input: String,
        /// What is wrong with it.
        reason: String,
        /// The accepted forms.
        expected: &'static str,
    },

    /// A file named on the command line that cannot be read.
    #[error("cannot read {place}: {reason}")]
    CannotRead {
        /// The file in backticks, or `standard input`.
        place: String,
        /// Why, as the operating system says.
        reason: String,
    },

    /// Something wrong on one line of a file named on the command line.
    #[error("{place} line {line}: {error}")]
    InFile {
        /// The file in backticks, or `standard input`.
        place: String,
        /// The line, counted from 1.
        line: usize,
        /// What is wrong there.
        error: Box<Error>,
    },

    /// An intermediate result too large for exact arithmetic.
    #[error("the numbers are too large to compute exactly; use smaller sizes or rates")]
    Overflow,
}

/// ` (rule `ID`)` after a path, when the rule has an ID.
fn rule_named(rule: Option<&str>) -> String {
    rule.map_or_else(String::new, |id| format!(" (rule `{id}`)"))
}

/// `, expected …` after a reason, when there is one.
fn expected_clause(expected: Option<&str>) -> String {
    expected.map_or_else(String::new, |e| format!(", expected {e}"))
}

impl Error {
    /// The kind of error, for scripts: the variant's name in snake case (`invalid_size`).
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidSize { .. } => "invalid_size",
            Error::InvalidRate { .. } => "invalid_rate",
            Error::InvalidDuration { .. } => "invalid_duration",
            Error::InvalidNumber { .. } => "invalid_number",
            Error::NotPositive { .. } => "not_positive",
            Error::TooLarge { .. } => "too_large",
            Error::NotWhole { .. } => "not_whole",
            Error::DynamoDb(problem) => problem.kind(),
            Error::Kinesis(problem) => problem.kind(),
            Error::Lambda(problem) => problem.kind(),
            Error::Resilience(problem) => problem.kind(),
            Error::Sns(problem) => problem.kind(),
            Error::Sqs(problem) => problem.kind(),
            Error::Ebs(problem) => problem.kind(),
            Error::Network(problem) => problem.kind(),
            Error::S3(problem) => problem.kind(),
            Error::Vpc(problem) => problem.kind(),
            Error::Conflict { .. } => "conflict",
            Error::NotYetAvailable { .. } => "not_yet_available",
            Error::InvalidDate { .. } => "invalid_date",
            Error::InvalidExpectation { .. } => "invalid_expectation",
            Error::NoSingleAnswer { .. } => "no_single_answer",
            Error::Invalid { .. } | Error::InvalidAt { .. } => "invalid",
            Error::UnknownFact(_) => "internal",
            Error::InvalidCidr { .. } => "invalid_cidr",
            Error::Overflow => "overflow",
            Error::CannotRead { .. } => "cannot_read",
            Error::InFile { error, .. } => error.kind(),
        }
    }

    /// The value at fault, as the user typed it, where one value is.
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        match self {
            Error::InvalidSize { input, .. }
            | Error::InvalidRate { input, .. }
            | Error::InvalidDuration { input, .. }
            | Error::InvalidNumber { input }
            | Error::NotPositive { input, .. }
            | Error::TooLarge { input, .. }
            | Error::NotWhole { input, .. }
            | Error::InvalidDate { input }
            | Error::InvalidExpectation { input, .. }
            | Error::NoSingleAnswer { input, .. }
            | Error::Invalid { input, .. }
            | Error::InvalidCidr { input, .. } => Some(input),
            Error::NotYetAvailable { as_of, .. } => Some(as_of),
            Error::InFile { error, .. } => error.value(),
            Error::DynamoDb(problem) => problem.value(),
            Error::Vpc(problem) => problem.value(),
            Error::Sns(problem) => problem.value(),
            Error::Ebs(problem) => problem.value(),
            Error::S3(problem) => problem.value(),
            Error::Sqs(problem) => problem.value(),
            Error::CannotRead { .. }
            | Error::InvalidAt { .. }
            | Error::Kinesis(_)
            | Error::Lambda(_)
            | Error::Resilience(_)
            | Error::Network(_)
            | Error::Conflict { .. }
            | Error::UnknownFact(_)
            | Error::Overflow => None,
        }
    }

    /// What is allowed instead, in words, where the error says.
    #[must_use]
    pub fn allowed(&self) -> Option<String> {
        match self {
            Error::InvalidSize { accepted, .. }
            | Error::InvalidRate { accepted, .. }
            | Error::InvalidDuration { accepted, .. } => Some((*accepted).to_string()),
            Error::InvalidNumber { .. } => {
                Some("digits with an optional decimal point, like 5 or 3.5".into())
            }
            Error::NotPositive { .. } => Some("a value greater than zero".into()),
            Error::TooLarge { max, .. } => Some(format!("at most {max}")),
            Error::NotWhole { .. } => Some("a whole number".into()),
            Error::InvalidDate { .. } => Some("YYYY-MM-DD, like 2024-07-03".into()),
            Error::NoSingleAnswer { .. } => {
                Some("a command form with a single answer (docs/answers.md)".into())
            }
            Error::Invalid { expected, .. } => Some(expected.clone()),
            Error::InvalidAt { expected, .. } => expected.clone(),
            Error::InvalidExpectation { expected, .. } | Error::InvalidCidr { expected, .. } => {
                Some((*expected).to_string())
            }
            Error::NotYetAvailable { history, .. } => Some(history.clone()),
            Error::InFile { error, .. } => error.allowed(),
            Error::DynamoDb(problem) => problem.allowed(),
            Error::Vpc(problem) => problem.allowed(),
            Error::Sns(problem) => problem.allowed(),
            Error::Ebs(problem) => problem.allowed(),
            Error::S3(problem) => problem.allowed(),
            Error::Sqs(problem) => problem.allowed(),
            Error::CannotRead { .. }
            | Error::Kinesis(_)
            | Error::Lambda(_)
            | Error::Resilience(_)
            | Error::Network(_)
            | Error::Conflict { .. }
            | Error::UnknownFact(_)
            | Error::Overflow => None,
        }
    }
}

/// serde_json's message without the ` at line 3 column 9` it ends with: the reason, for
/// errors that give the line and column themselves (an item file, a lifecycle file).
pub(crate) fn json_reason(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    message
        .strip_suffix(&suffix)
        .map_or_else(|| message.clone(), str::to_string)
}

/// `text` with its control characters escaped (`\n`), so that a message quoting a key, a
/// path or an ID from a file stays one line.
pub(crate) fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_names_its_kind_value_and_what_is_allowed() {
        let e = Error::NotWhole {
            what: "items",
            input: "2.5".into(),
        };
        assert_eq!(e.kind(), "not_whole");
        assert_eq!(e.value(), Some("2.5"));
        assert_eq!(e.allowed().as_deref(), Some("a whole number"));
        assert_eq!(Error::Overflow.value(), None);
        assert_eq!(Error::Overflow.allowed(), None);
    }
}
