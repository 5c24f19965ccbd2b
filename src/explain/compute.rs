//! `awscalc compute`: [`crate::calc::compute`]'s result as a report.
//!
//! The answer (`fits`) is the compute services that can run the job, by their short names
//! in a fixed order, comma-separated: `fargate,batch,ec2`. Step Functions orchestrates
//! rather than runs compute, so its workflow types are a separate field (`orchestrate`).

use rust_decimal::Decimal;

use crate::calc::compute::{
    self as calc, Broken, ComputeFit, ComputeRequest, FargateSize, Limit, Service, StepKind,
    Verdict,
};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::FactBook;
use crate::report::{Report, Value};
use crate::units::{group, KbConvention, SizeUnit};
use crate::words::plural;

/// MiB in a GiB (Fargate's GB).
const MIB_PER_GIB: u32 = 1024;

/// A service's name as people write it.
fn service_name(service: Service) -> &'static str {
    match service {
        Service::Lambda => "Lambda",
        Service::Fargate => "Fargate",
        Service::Batch => "AWS Batch",
        Service::Ec2 => "EC2",
        Service::StepFunctionsStandard => "Step Functions Standard",
        Service::StepFunctionsExpress => "Step Functions Express",
    }
}

/// A Step Functions workflow type's name: `Standard`, `Express`.
fn workflow_name(service: Service) -> &'static str {
    if service == Service::StepFunctionsExpress {
        "an Express"
    } else {
        "a Standard"
    }
}

/// A step's label.
fn step_label(kind: StepKind) -> &'static str {
    match kind {
        StepKind::LambdaMemory => "Lambda memory: job's, or vCPU × MB per vCPU",
        StepKind::LambdaTimeout => "Lambda timeout: limit − duration",
        StepKind::LambdaMemoryMax => "Lambda memory: limit − need",
        StepKind::LambdaVcpu => "Lambda vCPU: limit − need",
        StepKind::LambdaTmp => "Lambda /tmp: limit − need",
        StepKind::FargateVcpu => "Fargate vCPU: limit − need",
        StepKind::FargateMemory => "Fargate memory: limit − need",
        StepKind::FargateStorage => "Fargate ephemeral storage: limit − need",
        StepKind::StandardDuration => "Standard workflow: limit − duration",
        StepKind::ExpressDuration => "Express workflow: limit − duration",
    }
}

/// A step's unit.
fn step_unit(kind: StepKind) -> &'static str {
    match kind {
        StepKind::LambdaTimeout | StepKind::StandardDuration | StepKind::ExpressDuration => {
            "seconds"
        }
        StepKind::LambdaMemory | StepKind::LambdaMemoryMax | StepKind::LambdaTmp => "MB",
        StepKind::LambdaVcpu | StepKind::FargateVcpu => "vCPU",
        StepKind::FargateMemory | StepKind::FargateStorage => "GiB",
    }
}

/// A limit's stable name, for scripts.
fn limit_name(limit: Limit) -> &'static str {
    match limit {
        Limit::Timeout => "timeout",
        Limit::Memory => "memory",
        Limit::Vcpu => "vcpu",
        Limit::Storage => "storage",
        Limit::Gpu => "gpu",
        Limit::Duration => "duration",
        Limit::NotOffered => "not_offered",
    }
}

/// A broken limit in words: `duration 7,200 > 900 seconds (by 6,300)`.
fn broken_words(service: Service, b: &Broken) -> String {
    let what = match (b.limit, service) {
        (Limit::Gpu, _) => return "no GPU".into(),
        (Limit::Timeout | Limit::Duration, _) => "duration",
        (Limit::Memory, _) => "memory",
        (Limit::Vcpu, _) => "vCPU",
        (Limit::Storage, Service::Lambda) => "/tmp",
        (Limit::Storage, _) => "ephemeral storage",
        (Limit::NotOffered, _) => return "not offered yet".into(),
    };
    format!(
        "{what} {} > {} {} (by {})",
        group(b.need),
        group(b.max),
        b.unit,
        group(b.by)
    )
}

/// A Fargate size in AWS's words: `4 vCPU, 8 GB`.
fn size_words(size: &FargateSize) -> String {
    let gb = Decimal::from(size.memory_mib) / Decimal::from(MIB_PER_GIB);
    format!("{} vCPU, {} GB", group(size.vcpu), group(gb.normalize()))
}

/// Why a service can or cannot run the job, for the table.
fn why(verdict: &Verdict, fit: &ComputeFit) -> String {
    if let Some(offered) = verdict.offered_from {
        return format!(
            "not offered before {}",
            offered.precision.when(offered.since)
        );
    }
    if !verdict.fits {
        return verdict
            .broken
            .iter()
            .map(|b| broken_words(verdict.service, b))
            .collect::<Vec<_>>()
            .join("; ");
    }
    match verdict.service {
        Service::Lambda => format!(
            "one invocation with {} MB of memory",
            group(fit.lambda_memory_mb)
        ),
        Service::Fargate => fit.fargate_size.as_ref().map_or_else(
            || "within its limits".to_string(),
            |s| format!("smallest task size: {}", size_words(s)),
        ),
        Service::Batch => "on EC2 compute environments; no maximum job duration".into(),
        Service::Ec2 => "awscalc checks no instance size".into(),
        Service::StepFunctionsStandard | Service::StepFunctionsExpress => {
            "a workflow can wait for the job; it runs on a compute service".into()
        }
    }
}

/// `awscalc compute --duration D --memory SIZE --vcpu N [--storage SIZE] [--gpu]`:
/// [`calc::compute`], explained.
///
/// # Errors
/// As [`calc::compute`].
pub fn compute(request: &ComputeRequest, book: &mut FactBook) -> Result<Report, Error> {
    let fit = calc::compute(request, book)?;
    let mut report = Report::new("compute", book.as_of());
    inputs(&mut report, request, &fit)?;

    for step in &fit.steps {
        report.step(
            step_label(step.what),
            formula::text(&step.formula),
            step.value,
            step_unit(step.what),
        );
        // The default view shows the Lambda memory; the warnings say what rules a service
        // out; -v shows every limit's headroom.
        if let Some(last) = report.steps.last_mut() {
            last.aside = step.what != StepKind::LambdaMemory;
        }
    }

    let names: Vec<&str> = fit.fits.iter().map(|s| s.short_name()).collect();
    report.field("fits", Value::text(names.join(",")), "");
    report.answer.push("fits".into());
    report.also_true.push(names.join(", "));
    let orchestrate: Vec<&str> = fit
        .verdicts
        .iter()
        .filter(|v| v.fits && !v.service.runs_compute())
        .map(|v| v.service.short_name())
        .collect();
    report.detail(
        "orchestrate",
        Value::text(if orchestrate.is_empty() {
            "none".to_string()
        } else {
            orchestrate.join(",")
        }),
        "",
    );
    if let Some(size) = &fit.fargate_size {
        report.detail("fargate_vcpu", Value::from(size.vcpu), "vCPU");
        report.detail(
            "fargate_memory_mib",
            Value::from(Decimal::from(size.memory_mib)),
            "MiB",
        );
    }
    report.detail("lambda_memory_mb", Value::from(fit.lambda_memory_mb), "MB");
    report.detail(
        "verdicts",
        Value::List(fit.verdicts.iter().map(verdict_value).collect()),
        "",
    );
    for v in &fit.verdicts {
        if let (true, Service::Fargate, Some(size)) = (v.fits, v.service, &fit.fargate_size) {
            report.note(format!(
                "Fargate's smallest task size that holds it: {} (cpu {}, memory {})",
                size_words(size),
                size.cpu_units,
                size.memory_mib
            ));
        } else if !v.fits && v.service.runs_compute() {
            report.warn(format!(
                "{} cannot run it: {}",
                service_name(v.service),
                why(v, &fit)
            ));
        }
    }
    let workflows: Vec<String> = fit
        .verdicts
        .iter()
        .filter(|v| !v.service.runs_compute())
        .map(|v| {
            if v.fits {
                format!("{} workflow can wait for it", workflow_name(v.service))
            } else {
                format!(
                    "{} workflow cannot: {}",
                    workflow_name(v.service),
                    why(v, &fit)
                )
            }
        })
        .collect();
    report.note(format!(
        "Step Functions orchestrates rather than runs compute: {}",
        workflows.join("; ")
    ));

    report.headline = headline(&fit);
    report.summary = format!(
        "which AWS compute services can run a job of {}, {} MiB and {}",
        plural(fit.duration_seconds, "second"),
        group(fit.memory_mib),
        plural(request.vcpu.value(), "vCPU").replace("vCPUs", "vCPU")
    );
    notes(&mut report, request, &fit);
    report.attach_facts(book);
    Ok(report)
}

/// The first line: the services that fit, then those that do not.
fn headline(fit: &ComputeFit) -> String {
    let can: Vec<String> = fit
        .fits
        .iter()
        .map(|s| match (s, &fit.fargate_size) {
            (Service::Fargate, Some(size)) => format!("Fargate ({})", size_words(size)),
            _ => service_name(*s).to_string(),
        })
        .collect();
    let cannot: Vec<String> = fit
        .verdicts
        .iter()
        .filter(|v| !v.fits && v.service.runs_compute())
        .map(|v| service_name(v.service).to_string())
        .collect();
    let line = format!("{} can run it", and_list(&can));
    if cannot.is_empty() {
        line
    } else {
        format!("{line}; not {}", listed(&cannot, "or"))
    }
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    listed(items, "and")
}

/// `a`, `a or b`, `a, b or c` (with `and`: `a, b and c`); `none` for no items.
fn listed(items: &[String], word: &str) -> String {
    match items {
        [] => "none".into(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

/// The inputs as understood.
fn inputs(report: &mut Report, request: &ComputeRequest, fit: &ComputeFit) -> Result<(), Error> {
    let duration = &request.duration;
    report.input(
        "duration",
        duration.text(),
        format!(
            "{} = {}",
            duration.text(),
            plural(fit.duration_seconds, "second")
        ),
        Value::from(fit.duration_seconds),
    );
    if !duration.has_unit() {
        report.note(format!(
            "`{}` has no unit: read as {}",
            duration.text(),
            plural(fit.duration_seconds, "second")
        ));
    }
    report.size_input(
        "memory",
        &request.memory,
        SizeUnit::Mega,
        KbConvention::Binary,
        &format!(" = {} MiB", group(fit.memory_mib)),
    )?;
    report.input(
        "vcpu",
        &request.vcpu.to_string(),
        format!("{} vCPU", group(request.vcpu.value())),
        Value::from(request.vcpu.value()),
    );
    if let (Some(storage), Some(mib)) = (&request.storage, fit.storage_mib) {
        report.size_input(
            "storage",
            storage,
            SizeUnit::Gibi,
            KbConvention::Binary,
            &format!(" = {} MiB", group(mib)),
        )?;
    }
    if request.gpu {
        report.input("gpu", "--gpu", "a GPU".into(), Value::Bool(true));
    }
    Ok(())
}

/// Notes that change the reading.
fn notes(report: &mut Report, request: &ComputeRequest, fit: &ComputeFit) {
    if fit.lambda_memory_mb > fit.memory_mib {
        report.note(format!(
            "Lambda gives vCPU in proportion to memory: {} vCPU need {} MB, more than the job's \
             {} MB",
            group(request.vcpu.value()),
            group(fit.lambda_memory_mb),
            group(fit.memory_mib)
        ));
    }
    report.aside(
        "AWS Batch and EC2 are not limited by awscalc: Batch jobs have no maximum duration, \
         and on EC2 compute environments take any instance size and GPUs; awscalc checks no \
         EC2 instance size",
    );
    report.aside(
        "Fargate sizes here are Linux tasks' (Windows tasks have their own table), memory in AWS's GB of 1,024 MiB; \
         the smallest size has the fewest vCPU, then the least memory (docs/compute.md)",
    );
}

/// One verdict as JSON.
fn verdict_value(v: &Verdict) -> Value {
    let mut fields = vec![
        ("service".into(), Value::text(v.service.short_name())),
        ("fits".into(), Value::Bool(v.fits)),
        (
            "broken".into(),
            Value::List(
                v.broken
                    .iter()
                    .map(|b| {
                        Value::Map(vec![
                            ("limit".into(), Value::text(limit_name(b.limit))),
                            ("need".into(), Value::from(b.need)),
                            ("max".into(), Value::from(b.max)),
                            ("unit".into(), Value::text(b.unit)),
                            ("by".into(), Value::from(b.by)),
                        ])
                    })
                    .collect(),
            ),
        ),
    ];
    if let Some(offered) = v.offered_from {
        fields.push((
            "offered_from".into(),
            Value::Map(vec![
                ("since".into(), Value::text(offered.since.to_string())),
                ("precision".into(), Value::text(offered.precision.as_str())),
            ]),
        ));
    }
    Value::Map(fields)
}
