// ML instance families with local NVMe instance storage. SageMaker encrypts those volumes with the instance's
// hardware module and refuses a KMS key for them: CreateEndpointConfig fails when KmsKeyId is set and any
// variant uses such an instance, and ResourceConfig.VolumeKmsKeyId is likewise refused (SageMaker API Reference,
// CreateEndpointConfig KmsKeyId and ResourceConfig VolumeKmsKeyId; the families are EC2's "Instance store
// volumes" table).
const LOCAL_STORAGE_FAMILIES = new Set([
  "c5d",
  "c6id",
  "m5d",
  "m6id",
  "r5d",
  "r6id",
  "g4dn",
  "g5",
  "g6",
  "g6e",
  "gr6",
  "p3dn",
  "p4d",
  "p4de",
  "p5",
  "p5e",
  "p5en",
  "trn1",
  "trn1n",
  "trn2",
]);

/** "ml.g5.2xlarge" → "g5". */
export function instanceFamily(instanceType: string): string {
  return instanceType.replace(/^ml\./, "").split(".")[0] ?? instanceType;
}

export function hasLocalStorage(instanceType: string): boolean {
  return LOCAL_STORAGE_FAMILIES.has(instanceFamily(instanceType));
}
