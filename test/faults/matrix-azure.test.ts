// Zero WRONG cells: every verdict under a fault equals the clean run's or is unknown with a gap and exit 3.
import { it } from "vitest";
import { expectNoWrongCells } from "./cells.js";

it("Azure families: a representative fault per family leaves no silent pass or changed verdict", async () => {
  await expectNoWrongCells([
    ["Azure storage", "denied"],
    ["Azure search", "slow"],
    ["Azure ML", "malformed"],
    ["Azure cognitive", "http503"],
    ["Azure Defender", "throttle100"],
  ]);
}, 90_000);
