//! `awscalc compute`: which compute services can run a job.

use clap::Args;

use awscalc::calc::compute::{ComputeRequest, Vcpus};
use awscalc::calc::lambda::FunctionDuration;
use awscalc::units::Size;

pub(super) const COMPUTE_EXAMPLES: &str = "\
Units (see docs/cli.md):
  --duration      2h, 90min, 600s; a bare number is seconds
  --memory        8gib, 512mb; a bare number is MB (1,024-based, as Lambda and Fargate set it)
  --vcpu          4, 0.25
  --storage       50gib; a bare number is GiB (as Fargate sets ephemeral storage)

Examples:
  awscalc compute --duration 2h --memory 8gib --vcpu 4
                                          fargate,batch,ec2 (Lambda: 7,200 s > 900 s)
  awscalc compute --duration 10min --memory 2gib --vcpu 1
                                          lambda,fargate,batch,ec2
  awscalc compute --duration 10min --memory 2gib --vcpu 6
                                          fargate,batch,ec2 (6 vCPU need 10,614 MB)
  awscalc compute --duration 2h --memory 32gib --vcpu 8 --as-of 2022-08-31
                                          batch,ec2 (Fargate: 4 vCPU, 30 GB then)
  awscalc compute --duration 1h --memory 4gib --vcpu 2 --storage 250gib
                                          batch,ec2 (above 200 GiB)
  awscalc compute --duration 5min --memory 1gib --vcpu 1 --gpu
                                          batch,ec2";

/// `compute`'s usage line, by hand.
pub(super) const COMPUTE_USAGE: &str =
    "awscalc compute --duration D --memory SIZE --vcpu N [--storage SIZE] [--gpu]";

/// What `--expect` recognises for `compute`.
pub(super) const COMPUTE_EXPECT: &str = "Compare the answer (the compute services that can run \
the job, comma-separated in the order lambda, fargate, batch, ec2: `fargate,batch,ec2`) with \
VALUE: exit 0 on a match, 1 on a mismatch, with a hint naming the reading that gives VALUE: \
the AWS values before a dated change (Fargate's 4 vCPU and 30 GB before September 2022)";

/// Which of Lambda, Fargate, AWS Batch, EC2 and Step Functions can run a job of a duration,
/// memory, vCPU count and storage, and what rules each other out
#[derive(Debug, Args)]
#[group(skip)]
#[command(after_help = COMPUTE_EXAMPLES, override_usage = COMPUTE_USAGE)]
pub(crate) struct ComputeArgs {
    /// How long the job runs: 2h, 90min, 600s; a bare number is seconds
    #[arg(long, value_name = "D", allow_hyphen_values = true)]
    pub duration: FunctionDuration,

    /// Memory the job needs: 8gib, 512mb; a bare number is MB
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub memory: Size,

    /// vCPUs the job needs: 4, 0.25
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub vcpu: Vcpus,

    /// Local (ephemeral) storage the job needs: 50gib; a bare number is GiB
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub storage: Option<Size>,

    /// The job needs a GPU
    #[arg(long)]
    pub gpu: bool,
}

impl ComputeArgs {
    /// The typed request.
    pub(crate) fn request(&self) -> ComputeRequest {
        ComputeRequest {
            duration: self.duration.clone(),
            memory: self.memory.clone(),
            vcpu: self.vcpu.clone(),
            storage: self.storage.clone(),
            gpu: self.gpu,
        }
    }
}
