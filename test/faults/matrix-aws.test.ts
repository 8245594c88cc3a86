// Zero WRONG cells: every verdict under a fault equals the clean run's or is unknown with a gap and exit 3.
import { it } from "vitest";
import { expectNoWrongCells } from "./cells.js";

it("AWS families: a representative fault per family leaves no silent pass or changed verdict", async () => {
  await expectNoWrongCells([
    ["S3", "denied"],
    ["OpenSearch", "http500"],
    ["Serverless", "truncated"],
    ["SageMaker", "denied"],
    ["SageMaker", "hung"],
    ["Bedrock", "repeatToken"],
    ["Bedrock", "empty"],
    ["Bedrock", "denied"],
    ["GuardDuty", "reset"],
  ]);
}, 90_000);
