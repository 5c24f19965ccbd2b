//! `awscalc quiz`: asks generated exam-style questions, checks each answer with awscalc's
//! own calculators, and on a wrong answer shows the derivation and the slip it matches.
//!
//! Answers are read line by line from standard input, a terminal or a pipe. The quiz ends
//! after the last question, at the end of input, or on Ctrl-C, each time with the score.

use crate::cli::Exit;
use std::io::{self, BufRead, IsTerminal, Write};
use std::sync::mpsc;

use jiff::civil::Date;
use serde::Serialize;
use serde_json::json;

use awscalc::question::expect;
use awscalc::quiz::{generate_where, Exercise, Topic};
use awscalc::report::{Detail, Report};

use crate::cli::{Failure, Global, QuizArgs};
use crate::render;

/// What the quiz waits for.
enum Event {
    Line(String),
    End,
    Interrupt,
    /// Standard input failed, with why.
    Failed(String),
}

#[derive(Default)]
struct Score {
    asked: usize,
    right: usize,
}

impl Score {
    fn line(&self) -> String {
        format!("score: {} of {} right", self.right, self.asked)
    }

    fn json(&self, questions: usize, seed: u64, ended: &str) -> serde_json::Value {
        json!({"summary": Summary {
            questions,
            asked: Some(self.asked),
            right: Some(self.right),
            seed,
            ended: Some(ended),
        }})
    }
}

/// A question with its answer: a `--sheet --json` record, and the first fields of an
/// answered question's record. The field names are the documented ones (docs/check.md).
#[derive(Serialize)]
struct Asked<'a> {
    question: usize,
    topic: &'static str,
    prompt: &'a str,
    command: String,
    /// The exact number (or word) computed.
    answer: Option<serde_json::Value>,
    unit: Option<&'a str>,
}

impl<'a> Asked<'a> {
    fn new(number: usize, exercise: &'a Exercise, report: &'a Report) -> Asked<'a> {
        let primary = report.primary();
        Asked {
            question: number,
            topic: exercise.topic.name(),
            prompt: &exercise.prompt,
            command: exercise.question.to_string(),
            answer: primary.map(|f| render::json_value(&f.value)),
            unit: primary.map(|f| f.unit.as_str()),
        }
    }
}

/// An answered question's record, scored.
#[derive(Serialize)]
struct Answered<'a> {
    #[serde(flatten)]
    asked: Asked<'a>,
    reply: &'a str,
    right: bool,
    hints: Vec<String>,
}

/// The last record: a quiz's score and how it ended, or a sheet's size.
#[derive(Serialize)]
struct Summary<'a> {
    questions: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    asked: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    right: Option<usize>,
    seed: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    ended: Option<&'a str>,
}

pub(crate) fn run(
    args: &QuizArgs,
    global: &Global,
    as_of: Date,
    out: &mut impl Write,
) -> Result<Exit, Failure> {
    let seed = args.seed.unwrap_or_else(seed_from_clock);
    // Only questions that can be computed on the quiz's date: before 2018-11-27 DynamoDB
    // had no transactions, so a 2017 quiz asks none.
    // The brief answer of each accepted question, in order: the sheet prints these.
    let mut briefs = Vec::new();
    let questions = generate_where(
        &args.topic,
        seed,
        usize::from(args.count),
        |q| match answer_on(q, as_of, Detail::Answer) {
            Ok(report) => {
                briefs.push(report);
                true
            }
            Err(_) => false,
        },
    )
    .map_err(|topic| {
        Failure::Usage(format!(
            "no {topic} question can be computed with the AWS values of {as_of}; \
             choose another topic or a later --as-of"
        ))
    })?;
    if args.sheet {
        return sheet(&questions, &briefs, &args.topic, seed, global, out);
    }

    let events = listen();
    let interactive = io::stdin().is_terminal();
    if !global.json {
        writeln!(
            out,
            "awscalc quiz: {} (seed {seed}; `--seed {seed}` asks them again)",
            awscalc::words::plural(questions.len() as u64, "question")
        )?;
    }
    let mut score = Score::default();
    for (n, question) in questions.iter().enumerate() {
        let report = answer_on(question, as_of, Detail::Readings)?;
        let heading = format!(
            "Question {} of {} ({}):\n{}",
            n + 1,
            questions.len(),
            question.topic,
            render::wrapped("", "", &question.prompt).trim_end()
        );
        if global.json {
            // Standard output is for the records; a person at a terminal still sees the
            // question.
            if interactive {
                eprint!("\n{heading}\n> ");
            }
        } else {
            write!(out, "\n{heading}\n")?;
            if interactive {
                write!(out, "> ")?;
            }
        }
        out.flush()?;
        let (reply, ended) = match events.recv() {
            Ok(Event::Line(line)) => (line, None),
            Ok(Event::Interrupt) => (String::new(), Some(("interrupted", 130))),
            Ok(Event::End) | Err(_) => (String::new(), Some(("end of input", 0))),
            Ok(Event::Failed(why)) => {
                eprintln!("error: cannot read the answer to question {}: {why}", n + 1);
                (String::new(), Some(("unreadable input", 2)))
            }
        };
        if let Some((how, code)) = ended {
            if global.json {
                let how = how.replace(' ', "_");
                writeln!(out, "{}", score.json(questions.len(), seed, &how))?;
            } else {
                writeln!(out, "\n{how}; {}", score.line())?;
            }
            return Ok(Exit::from(code));
        }
        score.asked += 1;
        if global.json {
            let record = mark_json(n + 1, &reply, question, &report, &mut score);
            writeln!(out, "{record}")?;
        } else {
            if !interactive {
                // A piped answer is not echoed by a terminal: show it, so the transcript reads.
                writeln!(out, "> {}", reply.trim())?;
            }
            mark(&reply, question, &report, &mut score, out)?;
        }
    }
    if global.json {
        writeln!(out, "{}", score.json(questions.len(), seed, "done"))?;
    } else {
        writeln!(out)?;
        writeln!(out, "{}", score.line())?;
    }
    Ok(Exit::SUCCESS)
}

/// `--sheet`: the questions with their answers, as a check sheet or (`--json`) as records.
///
/// A quiz asked `--as-of` a date writes that date on every line, so checking the sheet on
/// another day still uses the values its answers were computed with.
fn sheet(
    questions: &[Exercise],
    answers: &[Report],
    topics: &[Topic],
    seed: u64,
    global: &Global,
    out: &mut impl Write,
) -> Result<Exit, Failure> {
    let json = global.json;
    let dated = global
        .as_of
        .map_or_else(String::new, |d| format!(" --as-of {d}"));
    if !json {
        writeln!(
            out,
            "# awscalc quiz{} --seed {seed} --questions {}{dated}",
            topics
                .iter()
                .fold(String::new(), |words, t| words + " " + t.name()),
            questions.len()
        )?;
    }
    for (n, (question, report)) in questions.iter().zip(answers).enumerate() {
        if json {
            writeln!(out, "{}", json!(Asked::new(n + 1, question, report)))?;
        } else {
            let value = report
                .primary()
                .map(|f| f.value.plain())
                .unwrap_or_default();
            // The question as comments, wrapped at 100 columns like the text view.
            let lead = format!("# Q{} ({}): ", n + 1, question.topic);
            out.write_all(render::wrapped(&lead, "#   ", &question.prompt).as_bytes())?;
            writeln!(out, "Q{}: {}{dated} = {value}", n + 1, question.question)?;
        }
    }
    if json {
        writeln!(
            out,
            "{}",
            json!({"summary": Summary {
                questions: questions.len(),
                asked: None,
                right: None,
                seed,
                ended: None,
            }})
        )?;
    }
    Ok(Exit::SUCCESS)
}

/// The answer to an exercise on `as_of`, with as much `detail` as asked.
fn answer_on(exercise: &Exercise, as_of: Date, detail: Detail) -> Result<Report, Failure> {
    exercise.question.answer(as_of, detail).map_err(|e| {
        Failure::Usage(format!(
            "internal error: quiz question `{}` does not compute: {e}",
            exercise.question
        ))
    })
}

/// One answered question as a JSON record, scored.
fn mark_json(
    number: usize,
    reply: &str,
    question: &Exercise,
    report: &Report,
    score: &mut Score,
) -> serde_json::Value {
    let reply = reply.trim();
    let (right, hints) = match expect(report, reply) {
        Ok(e) => (e.matches, e.hints),
        Err(_) => (false, Vec::new()),
    };
    if right {
        score.right += 1;
    }
    json!(Answered {
        asked: Asked::new(number, question, report),
        reply,
        right,
        hints,
    })
}

/// Says whether `reply` is right; on a wrong answer, the slip it matches and the derivation.
fn mark(
    reply: &str,
    question: &Exercise,
    report: &Report,
    score: &mut Score,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let right = report
        .primary()
        .map(|f| render::quantity(&f.value, &f.unit))
        .unwrap_or_default();
    let reply = reply.trim();
    match expect(report, reply) {
        Ok(e) if e.matches => {
            score.right += 1;
            writeln!(out, "right: {right}")?;
            return Ok(());
        }
        Ok(e) => {
            writeln!(out, "wrong: the answer is {right}")?;
            for hint in e.hints {
                out.write_all(render::wrapped("  your ", "    ", &hint).as_bytes())?;
            }
        }
        Err(_) if reply.is_empty() => writeln!(out, "no answer: the answer is {right}")?,
        Err(_) => writeln!(
            out,
            "`{reply}` is not an answer to compare: the answer is {right}"
        )?,
    }
    writeln!(out, "  how: awscalc {}", question.question)?;
    render::steps(report, out)?;
    Ok(())
}

/// Standard input lines and Ctrl-C, as one stream of events.
fn listen() -> mpsc::Receiver<Event> {
    let (tx, rx) = mpsc::channel();
    let interrupt = tx.clone();
    // Without a handler Ctrl-C still ends the quiz, just without the score.
    let _ = ctrlc::set_handler(move || {
        let _ = interrupt.send(Event::Interrupt);
    });
    std::thread::spawn(move || {
        // Read as bytes: an answer that is not UTF-8 is still an answer (a wrong one, shown
        // with replacement characters), not the end of the quiz.
        let mut stdin = io::stdin().lock();
        let mut bytes = Vec::new();
        loop {
            bytes.clear();
            let event = match stdin.read_until(b'\n', &mut bytes) {
                Ok(0) => Event::End,
                Ok(_) => Event::Line(String::from_utf8_lossy(&bytes).trim_end().to_string()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => Event::Failed(e.to_string()),
            };
            let last = !matches!(event, Event::Line(_));
            if tx.send(event).is_err() || last {
                return;
            }
        }
    });
    rx
}

/// A seed for a quiz nobody asked to repeat: the clock's nanoseconds.
fn seed_from_clock() -> u64 {
    let now = jiff::Timestamp::now();
    now.as_second().unsigned_abs() ^ u64::from(now.subsec_nanosecond().unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use awscalc::quiz::Topic;
    use clap::CommandFactory;
    use proptest::prelude::*;

    use crate::check::parse_command;
    use crate::cli::Cli;

    fn date_from_2012() -> impl Strategy<Value = Date> {
        // 2012-01-01 to 2027-12-31: before and after every dated change in the registry.
        (0i64..5844).prop_map(|days| {
            jiff::civil::date(2012, 1, 1)
                .checked_add(jiff::Span::new().days(days))
                .unwrap()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// For any seed, topic set and date from 2012 on, the quiz finds its questions, and
        /// every one computes in full on that date, as the quiz asks it.
        #[test]
        fn every_question_computes_on_the_quiz_date(
            seed in any::<u64>(),
            topics in proptest::sample::subsequence(Topic::ALL.to_vec(), 0..=Topic::ALL.len()),
            as_of in date_from_2012(),
        ) {
            let questions = generate_where(&topics, seed, 8, |q| {
                answer_on(q, as_of, Detail::Answer).is_ok()
            });
            prop_assert!(questions.is_ok(), "{topics:?} on {as_of}: {questions:?}");
            for q in questions.unwrap() {
                let full = answer_on(&q, as_of, Detail::Readings);
                prop_assert!(full.is_ok(), "`{}` on {as_of}", q.question);
            }
        }

        /// The command line a quiz prints for a question (in `--sheet` and under a wrong
        /// answer) is that question: the real command-line parser reads it back as an equal
        /// question, whose answer is the one the quiz recorded when it drew the question.
        #[test]
        fn prop_quiz_questions_round_trip_through_the_command_line(
            seed in any::<u64>(),
            topics in proptest::sample::subsequence(Topic::ALL.to_vec(), 0..=Topic::ALL.len()),
            as_of in date_from_2012(),
        ) {
            let mut recorded = Vec::new();
            let exercises = generate_where(&topics, seed, 8, |q| match answer_on(q, as_of, Detail::Answer) {
                Ok(report) => {
                    recorded.push(report);
                    true
                }
                Err(_) => false,
            });
            prop_assert!(exercises.is_ok());
            let mut parser = Cli::command();
            for (exercise, report) in exercises.unwrap().iter().zip(&recorded) {
                let line = exercise.question.to_string();
                let parsed = parse_command(&mut parser, &line);
                prop_assert_eq!(parsed.as_ref().map(|(q, _)| q), Ok(&exercise.question), "{}", line);
                let (question, dated) = parsed.unwrap();
                prop_assert_eq!(dated, None);
                prop_assert_eq!(&question.answer(as_of, Detail::Answer).unwrap(), report, "{}", line);
            }
        }
    }
}
