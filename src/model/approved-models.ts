// The approved-models policy a user supplies (--approved-models): which models deployments may serve, and which
// Azure ML registries they may take them from. Loaded and validated in src/approved-models/.

/** One approved model. Every field given must match the deployment (globs: `*` and `?`, case-insensitive). */
export interface ApprovedModel {
  /** Model name as the deployment names it: gpt-4o, Llama-3.3-70B-Instruct, anthropic.claude-3-5-sonnet-*. */
  name: string;
  /** Approved versions (globs); absent: any version. */
  versions?: string[];
  /** Azure AI Services deployments: model.format (OpenAI, Meta, Mistral AI, …). */
  format?: string;
  /** The model's publisher: model.publisher on Azure AI Services, the provider prefix of a Bedrock model id. */
  publisher?: string;
  /** Azure ML: the registry the model comes from (azureml://registries/<registry>/…). */
  registry?: string;
}

export interface ApprovedModelsPolicy {
  /** The file it was read from, for messages. */
  file: string;
  models: ApprovedModel[];
  /** Azure ML registries deployments may take models from; absent: registries are not restricted. */
  registries?: string[];
}
