// Azure Machine Learning workspaces as `az ml workspace show` prints them (the v2 CLI's snake_case), with the
// workspace's online endpoints (`az ml online-endpoint show`, plus `deployments` as `az ml online-deployment
// list` prints them) and computes (`az ml compute show`), its private endpoint connections and diagnostic settings. The emulator turns these into ARM wire JSON.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";
import {
  diagnosticSettingSchema,
  passThrough,
  resourceGroupSchema,
  tagsSchema,
} from "../../../../mocks/estate/azure-common.js";

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{1,32}$/;

const deploymentSchema = z.strictObject({
  name: z.string().regex(NAME),
  model: z.string().optional(),
  instance_type: z.string().default("Standard_DS3_v2"),
  instance_count: z.number().int().min(0).default(1),
  /** As `az ml online-deployment show` prints it: `azureml:NAME:VERSION` (a workspace environment) or a registry's
   *  `azureml://registries/azureml/environments/NAME/versions/VERSION` (a curated one). */
  environment: z.string().optional(),
  ...passThrough([
    "id",
    "endpoint_name",
    "type",
    "provisioning_state",
    "code_configuration",
    "request_settings",
    "liveness_probe",
    "readiness_probe",
    "scale_settings",
    "app_insights_enabled",
    "egress_public_network_access",
    "data_collector",
    "tags",
    "properties",
    "description",
  ]),
});

const endpointSchema = z.strictObject({
  name: z.string().regex(NAME),
  auth_mode: z.enum(["key", "aml_token", "aad_token"]).default("key"),
  public_network_access: z.enum(["enabled", "disabled"]).default("enabled"),
  traffic: z.record(z.string(), z.number()).default({}),
  tags: tagsSchema,
  deployments: z.array(deploymentSchema).default([]),
  ...passThrough([
    "id",
    "resourceGroup",
    "location",
    "kind",
    "identity",
    "scoring_uri",
    "openapi_uri",
    "provisioning_state",
    "mirror_traffic",
    "description",
    "properties",
  ]),
});

const computeSchema = z.strictObject({
  name: z.string().regex(NAME),
  /** Only compute instances become assets; other types are served so the list is realistic. */
  type: z.enum(["computeinstance", "amlcompute", "kubernetes", "virtualmachine"]).default("computeinstance"),
  size: z.string().default("STANDARD_DS3_V2"),
  state: z.string().default("Running"),
  enable_node_public_ip: z.boolean().default(true),
  ssh_public_access_enabled: z.boolean().default(false),
  disable_local_auth: z.boolean().optional(),
  enable_root_access: z.boolean().optional(),
  network_settings: z
    .strictObject({
      subnet: z.string().nullable().optional(),
      ...passThrough(["vnet_name", "public_ip_address", "private_ip_address"]),
    })
    .optional(),
  tags: tagsSchema,
  ...passThrough([
    "id",
    "resourceGroup",
    "location",
    "identity",
    "ssh_settings",
    "services",
    "created_on",
    "last_operation",
    "os_image_metadata",
    "schedules",
    "idle_time_before_shutdown_minutes",
    "provisioning_state",
    "description",
    "enable_sso",
  ]),
});

/** A workspace environment version, as `az ml environment show` prints it (conda_file as the parsed YAML). */
const environmentSchema = z.strictObject({
  name: z.string().regex(NAME),
  version: z.string().regex(/^[a-zA-Z0-9._-]{1,30}$/),
  image: z.string().optional(),
  conda_file: z.record(z.string(), z.unknown()).optional(),
  ...passThrough(["id", "description", "tags", "os_type", "build", "creation_context", "inference_config"]),
});

export const mlWorkspaceSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/, "workspace names are 3-33 letters, digits, _ or -"),
  resourceGroup: resourceGroupSchema,
  location: z.string().default("eastus"),
  tags: tagsSchema,
  /** `az ml workspace create --kind`: hub and project are AI Foundry's. */
  kind: z.enum(["default", "hub", "project", "featurestore"]).default("default"),
  public_network_access: z.enum(["Enabled", "Disabled"]).default("Enabled"),
  hbi_workspace: z.boolean().default(false),
  /** `az ml workspace update --v1-legacy-mode`: keep the v1 API's network isolation for the control plane. */
  v1_legacy_mode: z.boolean().default(false),
  /** ARM ids, as the CLI prints them. */
  storage_account: z.string().optional(),
  key_vault: z.string().optional(),
  container_registry: z.string().nullable().optional(),
  application_insights: z.string().nullable().optional(),
  customer_managed_key: z.strictObject({ key_vault: z.string(), key_uri: z.string() }).nullable().optional(),
  online_endpoints: z.array(endpointSchema).default([]),
  computes: z.array(computeSchema).default([]),
  environments: z.array(environmentSchema).default([]),
  /** Not printed by `az ml workspace show`; as `az network private-endpoint-connection list` shows them. */
  private_endpoint_connections: z
    .array(
      z.strictObject({
        name: z.string(),
        status: z.enum(["Approved", "Pending", "Rejected", "Disconnected"]),
      }),
    )
    .default([]),
  diagnosticSettings: z.array(diagnosticSettingSchema).default([]),
  /** As `az ml connection list` prints them (no secrets): type, target, and the resource it points at. */
  connections: z
    .array(
      z.strictObject({
        name: z.string().regex(NAME),
        type: z.enum(["azure_ai_search", "azure_blob", "azure_open_ai", "ai_services"]),
        target: z.string().optional(),
        resource_id: z.string().optional(),
        auth_type: z.enum(["aad", "api_key", "account_key", "sas"]).default("aad"),
      }),
    )
    .default([]),
  ...passThrough([
    "id",
    "display_name",
    "description",
    "discovery_url",
    "mlflow_tracking_uri",
    "identity",
    "primary_user_assigned_identity",
    "managed_network",
    "enable_data_isolation",
    "image_build_compute",
    "provisioning_state",
    "system_datastores_auth_mode",
    "workspace_hub",
    "serverless_compute",
  ]),
});

export type AzureMlWorkspace = z.output<typeof mlWorkspaceSchema>;
export type AzureMlEndpoint = AzureMlWorkspace["online_endpoints"][number];
export type AzureMlEnvironment = AzureMlWorkspace["environments"][number];
export type AzureMlCompute = AzureMlWorkspace["computes"][number];

export const mlEstate = estateSection("mlWorkspaces", z.array(mlWorkspaceSchema).default([]), {
  resourceType: { type: "Microsoft.MachineLearningServices/workspaces", diagnosticsAt: "" },
});
