// Raw SageMaker job records, as the collector stores them, for rows that go through the real normalizer.
import { awsProvider } from "../../../providers/aws/index.js";
import { KMS_KEYS_REPLY } from "../../../providers/aws/kms/key-ownership.js";
import { unknown } from "../../../src/model/known.js";
import { fromRecord } from "../../support/from-record.js";
import { KEY_ANSWERS, sageMakerRecord } from "../../support/raw-records.js";

export const DENIED = unknown("DescribeProcessingJob failed: AccessDeniedException");

const cluster = (extra: Record<string, unknown> = {}) => ({
  InstanceCount: 2,
  InstanceType: "ml.m5.xlarge",
  VolumeSizeInGB: 30,
  ...extra,
});

/** A processing job from its DescribeProcessingJob fields (defaults: two instances, nothing hardened). */
export function rawProcessingJob(
  fields: Record<string, unknown> = {},
  answers: Record<string, unknown> = KEY_ANSWERS,
) {
  return fromRecord(
    awsProvider,
    sageMakerRecord("processing-job", "raw-processing", {
      DescribeProcessingJob: {
        ProcessingJobName: "raw-processing",
        ProcessingResources: { ClusterConfig: cluster() },
        RoleArn: "arn:aws:iam::111122223333:role/processing",
        ...fields,
      },
      [KMS_KEYS_REPLY]: answers,
    }),
  );
}

/** A monitoring schedule that runs the named data quality definition `definition` (or none when null). */
export function rawSchedule(definition: Record<string, unknown> | null) {
  return fromRecord(
    awsProvider,
    sageMakerRecord("monitoring-schedule", "raw-schedule", {
      DescribeMonitoringSchedule: {
        MonitoringScheduleName: "raw-schedule",
        MonitoringType: "DataQuality",
        MonitoringScheduleConfig: { MonitoringJobDefinitionName: "raw-dq", MonitoringType: "DataQuality" },
      },
      ...(definition
        ? {
            DescribeDataQualityJobDefinition: {
              JobDefinitionName: "raw-dq",
              JobResources: { ClusterConfig: cluster({ InstanceCount: 1 }) },
              RoleArn: "arn:aws:iam::111122223333:role/monitor",
              DataQualityJobOutputConfig: {
                MonitoringOutputs: [{ S3Output: { S3Uri: "s3://reports/dq/" } }],
              },
              ...definition,
            },
          }
        : {}),
      [KMS_KEYS_REPLY]: KEY_ANSWERS,
    }),
  );
}

/** An AutoML V2 job from its SecurityConfig. */
export function rawAutoMl(security: Record<string, unknown> | undefined) {
  return fromRecord(
    awsProvider,
    sageMakerRecord("automl-job", "raw-automl", {
      DescribeAutoMLJobV2: {
        AutoMLJobName: "raw-automl",
        OutputDataConfig: { S3OutputPath: "s3://automl/out/" },
        RoleArn: "arn:aws:iam::111122223333:role/automl",
        ...(security ? { SecurityConfig: security } : {}),
      },
      [KMS_KEYS_REPLY]: KEY_ANSWERS,
    }),
  );
}
