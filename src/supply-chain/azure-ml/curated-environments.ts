// Azure ML curated environments name the framework and its minor version in the environment name (Microsoft's
// "Curated environments" page and the azureml registry list: acpt-pytorch-2.2-cuda12.1, sklearn-1.5,
// tensorflow-2.16-cuda12, …); the registry version (…/versions/10) is a rebuild of the same framework line with
// OS and driver patches. Only these families are listed: their names are documented to carry the framework
// version. Any other curated name stays unknown.

export interface CuratedFamily {
  /** Matches the curated environment's name; group 1 is the framework's major.minor. */
  pattern: RegExp;
  /** The PyPI package that version is of. */
  package: string;
}

export const CURATED_FAMILIES: readonly CuratedFamily[] = [
  // Azure Container for PyTorch: acpt-pytorch-2.2-cuda12.1, acpt-pytorch-1.13-cuda11.7.
  { pattern: /^acpt-pytorch-(\d+\.\d+)-/, package: "torch" },
  // The legacy AzureML-prefixed training environments: AzureML-pytorch-1.10-ubuntu18.04-py38-cuda11-gpu.
  { pattern: /^azureml-pytorch-(\d+\.\d+)-/i, package: "torch" },
  // sklearn-1.5, sklearn-1.1 (and the legacy AzureML-sklearn-1.0-ubuntu20.04-py38-cpu).
  { pattern: /^(?:azureml-)?sklearn-(\d+\.\d+)(?:-|$)/i, package: "scikit-learn" },
  // tensorflow-2.16-cuda12, AzureML-tensorflow-2.7-ubuntu20.04-py38-cuda11-gpu.
  { pattern: /^(?:azureml-)?tensorflow-(\d+\.\d+)-/i, package: "tensorflow" },
];

/** The framework line a curated environment's name documents, or why it cannot be read from the name. */
export function curatedFramework(name: string): { package: string; minor: string } | { reason: string } {
  for (const family of CURATED_FAMILIES) {
    const minor = family.pattern.exec(name)?.[1];
    if (minor) return { package: family.package, minor };
  }
  return {
    reason: `curated environment ${name} is not in the table of names that carry a framework version`,
  };
}
