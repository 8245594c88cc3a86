// The catalogue: every check aiposture runs. A new check is one file plus one line here.
import type { AnyCheck } from "../src/model/check.js";
import aiPlatformGuardrailPresent from "./ai-platform/guardrail-present.js";
import aiPlatformInvocationLogging from "./ai-platform/invocation-logging.js";
import agentCustomerManagedKey from "./agent/customer-managed-key.js";
import agentGuardrail from "./agent/guardrail.js";
import customModelCustomerManagedKey from "./custom-model/customer-managed-key.js";
import guardrailPromptAttackFilter from "./guardrail/prompt-attack-filter.js";
import accountS3BlockPublicAccess from "./account/storage-public-access-prevention.js";
import storageAccessLogging from "./storage/access-logging.js";
import storageCustomerManagedKey from "./storage/customer-managed-key.js";
import storageEncryptionAtRest from "./storage/encryption-at-rest.js";
import storagePublicAccessPrevention from "./storage/public-access-prevention.js";
import storagePublicAcl from "./storage/public-acl.js";
import storagePublicRead from "./storage/public-read.js";
import storagePublicWrite from "./storage/public-write.js";
import storageTlsOnly from "./storage/tls-only.js";
import storageVersioning from "./storage/versioning.js";
import storageMinTlsVersion from "./storage/min-tls-version.js";
import storageSharedKeyAccess from "./storage/shared-key-access.js";
import storagePublicNetworkAccess from "./storage/public-network-access.js";
import storageInfrastructureEncryption from "./storage/infrastructure-encryption.js";
import storageSoftDelete from "./storage/soft-delete.js";
import searchLocalAuth from "./search/local-auth.js";
import searchPrivateEndpoint from "./search/private-endpoint.js";
import searchFreeSku from "./search/free-sku.js";
import searchAuditLogging from "./search/audit-logging.js";
import searchCustomerManagedKey from "./search/customer-managed-key.js";
import searchEncryptionAtRest from "./search/encryption-at-rest.js";
import searchErrorLogging from "./search/error-logging.js";
import searchFineGrainedAccessControl from "./search/fine-grained-access-control.js";
import searchInternalUserDatabase from "./search/internal-user-database.js";
import searchNodeToNodeEncryption from "./search/node-to-node-encryption.js";
import searchPublicAccess from "./search/public-access.js";
import searchSoftwareUpdatePending from "./search/software-update-pending.js";
import searchTlsEnforced from "./search/tls-enforced.js";
import searchServerlessAwsOwnedKey from "./search-serverless/aws-owned-key.js";
import searchServerlessPublicNetwork from "./search-serverless/public-network.js";
import threatDetectionAiProtection from "./threat-detection/ai-protection.js";
import threatDetectionEnabled from "./threat-detection/enabled.js";
import threatDetectionStorageProtection from "./threat-detection/storage-protection.js";
import modelEndpointAsyncOutputKmsKey from "./model-endpoint/async-output-kms-key.js";
import modelEndpointDataCaptureKmsKey from "./model-endpoint/data-capture-kms-key.js";
import modelEndpointKmsKey from "./model-endpoint/kms-key.js";
import modelEndpointSingleInstance from "./model-endpoint/single-instance.js";
import modelNetworkIsolation from "./model/network-isolation.js";
import modelVpc from "./model/vpc.js";
import modelVulnerableFramework from "./model/vulnerable-framework.js";
import notebookDirectInternetAccess from "./notebook/direct-internet-access.js";
import notebookKmsKey from "./notebook/kms-key.js";
import notebookRootAccess from "./notebook/root-access.js";
import notebookVpc from "./notebook/vpc.js";
import trainingJobInterContainerEncryption from "./training-job/inter-container-encryption.js";
import trainingJobNetworkIsolation from "./training-job/network-isolation.js";
import trainingJobOutputKmsKey from "./training-job/output-kms-key.js";
import trainingJobVolumeKmsKey from "./training-job/volume-kms-key.js";
import trainingJobVpc from "./training-job/vpc.js";
import mlWorkspaceKmsKey from "./ml-workspace/kms-key.js";
import mlWorkspacePublicInternet from "./ml-workspace/public-internet.js";
import mlWorkspacePublicStorage from "./ml-workspace/public-storage.js";
import modelEndpointPublicNetwork from "./model-endpoint/public-network.js";
import modelEndpointKeyAuth from "./model-endpoint/key-auth.js";
import notebookPublicIp from "./notebook/public-ip.js";
import notebookSshPublic from "./notebook/ssh-public.js";
import aiServicePublicNetwork from "./ai-service/public-network.js";
import aiServiceLocalAuth from "./ai-service/local-auth.js";
import aiServiceCustomerManagedKey from "./ai-service/customer-managed-key.js";
import aiServiceContentFilter from "./ai-service/content-filter.js";
import aiServicePrivateEndpoint from "./ai-service/private-endpoint.js";
import graphModelArtifactsPubliclyWritable from "./graph/model-artifacts-publicly-writable.js";
import graphTrainingDataPublic from "./graph/training-data-public.js";
import graphInvocationLogsPublic from "./graph/invocation-logs-public.js";
import graphVectorStorePublic from "./graph/vector-store-public.js";
import accessPointPublic from "./access-point/public.js";
import accessPointBlockPublicAccess from "./access-point/block-public-access.js";
import accessPointInternetOrigin from "./access-point/internet-origin.js";
import graphBucketPublicViaAccessPoint from "./graph/bucket-public-via-access-point.js";

export const ALL_CHECKS: readonly AnyCheck[] = [
  accountS3BlockPublicAccess,
  storagePublicRead,
  storagePublicWrite,
  storagePublicAcl,
  storagePublicAccessPrevention,
  storageEncryptionAtRest,
  storageCustomerManagedKey,
  storageTlsOnly,
  storageAccessLogging,
  storageVersioning,
  storageMinTlsVersion,
  storageSharedKeyAccess,
  storagePublicNetworkAccess,
  storageInfrastructureEncryption,
  storageSoftDelete,
  searchLocalAuth,
  searchPrivateEndpoint,
  searchFreeSku,
  searchPublicAccess,
  searchEncryptionAtRest,
  searchCustomerManagedKey,
  searchNodeToNodeEncryption,
  searchTlsEnforced,
  searchFineGrainedAccessControl,
  searchInternalUserDatabase,
  searchAuditLogging,
  searchErrorLogging,
  searchSoftwareUpdatePending,
  searchServerlessPublicNetwork,
  searchServerlessAwsOwnedKey,
  threatDetectionEnabled,
  threatDetectionStorageProtection,
  threatDetectionAiProtection,
  modelEndpointKmsKey,
  modelEndpointDataCaptureKmsKey,
  modelEndpointAsyncOutputKmsKey,
  modelEndpointSingleInstance,
  modelVulnerableFramework,
  modelNetworkIsolation,
  modelVpc,
  notebookDirectInternetAccess,
  notebookRootAccess,
  notebookKmsKey,
  notebookVpc,
  trainingJobInterContainerEncryption,
  trainingJobVolumeKmsKey,
  trainingJobOutputKmsKey,
  trainingJobNetworkIsolation,
  trainingJobVpc,
  mlWorkspacePublicInternet,
  mlWorkspaceKmsKey,
  mlWorkspacePublicStorage,
  modelEndpointPublicNetwork,
  modelEndpointKeyAuth,
  notebookPublicIp,
  notebookSshPublic,
  aiPlatformInvocationLogging,
  aiPlatformGuardrailPresent,
  guardrailPromptAttackFilter,
  customModelCustomerManagedKey,
  agentGuardrail,
  agentCustomerManagedKey,
  aiServicePublicNetwork,
  aiServiceLocalAuth,
  aiServiceCustomerManagedKey,
  aiServiceContentFilter,
  aiServicePrivateEndpoint,
  graphModelArtifactsPubliclyWritable,
  graphTrainingDataPublic,
  graphInvocationLogsPublic,
  graphVectorStorePublic,
  accessPointPublic,
  accessPointBlockPublicAccess,
  accessPointInternetOrigin,
  graphBucketPublicViaAccessPoint,
];
