// The vocabulary every estate file shares (a leaf: it imports nothing, so no estate file cycles through it).

/** The services' sections of an account or subscription, read through each section's own `of()`. */
export interface Sections {
  readonly [section: string]: unknown;
}

/**
 * A resource list of an Azure subscription: its ARM type, and where its `diagnosticSettings` live relative to
 * the resource id (a storage account's blob logs are set on blobServices/default).
 */
export interface ArmResourceType {
  readonly type: string;
  readonly diagnosticsAt: string;
}
