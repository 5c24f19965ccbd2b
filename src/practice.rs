//! `awscalc quiz`: asks generated exam-style questions, checks each answer with awscalc's
//! own calculators, and on a wrong answer shows the derivation and the slip it matches.
//!
//! Answers are read line by line from standard input, a terminal or a pipe. The quiz ends
//! after the last question, at the end of input, or on Ctrl-C, each time with the score.

use std::io::{self, BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::mpsc;

use clap::CommandFactory;
use jiff::civil::Date;

use awscalc::quiz::{generate, Question};
use awscalc::report::Report;

use crate::check::parse_command;
use crate::cli::{Cli, QuizArgs};
use crate::render;
use crate::{compute, expect, Failure};

/// What the quiz waits for.
enum Event {
    Line(String),
    End,
    Interrupt,
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
}

pub(crate) fn run(args: &QuizArgs, as_of: Date, out: &mut impl Write) -> Result<ExitCode, Failure> {
    let seed = args.seed.unwrap_or_else(seed_from_clock);
    let questions = generate(&args.topic, seed, usize::from(args.count), as_of);
    let mut parser = Cli::command();
    if args.sheet {
        writeln!(out, "# awscalc quiz --seed {seed} --count {}", args.count)?;
        for (n, question) in questions.iter().enumerate() {
            let report = answer(&mut parser, question, as_of)?;
            let value = report
                .primary()
                .map(|f| f.value.plain())
                .unwrap_or_default();
            writeln!(
                out,
                "# Q{} ({}): {}",
                n + 1,
                question.topic,
                question.prompt
            )?;
            writeln!(out, "Q{}: {} = {value}", n + 1, question.command)?;
        }
        return Ok(ExitCode::SUCCESS);
    }

    let events = listen();
    let interactive = io::stdin().is_terminal();
    writeln!(
        out,
        "awscalc quiz: {} questions (seed {seed}; `--seed {seed}` asks them again)",
        questions.len()
    )?;
    let mut score = Score::default();
    for (n, question) in questions.iter().enumerate() {
        let report = answer(&mut parser, question, as_of)?;
        writeln!(out)?;
        writeln!(
            out,
            "Question {} of {} ({}):",
            n + 1,
            questions.len(),
            question.topic
        )?;
        writeln!(out, "{}", question.prompt)?;
        if interactive {
            write!(out, "> ")?;
        }
        out.flush()?;
        let reply = match events.recv() {
            Ok(Event::Line(line)) => line,
            Ok(Event::Interrupt) => {
                writeln!(out, "\ninterrupted; {}", score.line())?;
                return Ok(ExitCode::from(130));
            }
            Ok(Event::End) | Err(_) => {
                writeln!(out, "\nend of input; {}", score.line())?;
                return Ok(ExitCode::SUCCESS);
            }
        };
        if !interactive {
            // A piped answer is not echoed by a terminal: show it, so the transcript reads.
            writeln!(out, "> {}", reply.trim())?;
        }
        score.asked += 1;
        mark(&reply, question, &report, &mut score, out)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", score.line())?;
    Ok(ExitCode::SUCCESS)
}

/// The answer to a question: its command computed on `as_of`, in full for the derivation.
fn answer(parser: &mut clap::Command, question: &Question, as_of: Date) -> Result<Report, Failure> {
    let internal = |message: String| {
        Failure::Usage(format!(
            "internal error: quiz question `{}` does not compute: {message}",
            question.command
        ))
    };
    let cli = parse_command(parser, &question.command).map_err(internal)?;
    compute(&cli.command, cli.global.as_of.unwrap_or(as_of), false)
        .map_err(|e| internal(e.to_string()))?
        .ok_or_else(|| internal("no answer".into()))
}

/// Says whether `reply` is right; on a wrong answer, the slip it matches and the derivation.
fn mark(
    reply: &str,
    question: &Question,
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
                writeln!(out, "  your {hint}")?;
            }
        }
        Err(_) if reply.is_empty() => writeln!(out, "no answer: the answer is {right}")?,
        Err(_) => writeln!(
            out,
            "`{reply}` is not an answer to compare: the answer is {right}"
        )?,
    }
    writeln!(out, "  how: awscalc {}", question.command)?;
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
        for line in io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if tx.send(Event::Line(line)).is_err() {
                return;
            }
        }
        let _ = tx.send(Event::End);
    });
    rx
}

/// A seed for a quiz nobody asked to repeat: the clock's nanoseconds.
fn seed_from_clock() -> u64 {
    let now = jiff::Timestamp::now();
    now.as_second().unsigned_abs() ^ u64::from(now.subsec_nanosecond().unsigned_abs())
}
