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

    /// An AWS limit the input breaks.
    #[error("{message}")]
    AwsLimit {
        /// What is over which limit, with both numbers and the smallest valid change.
        message: String,
    },

    /// Inputs that contradict each other or a rule of the operation.
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
