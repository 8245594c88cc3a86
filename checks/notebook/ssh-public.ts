import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "notebook.ssh-public",
  title: "Notebook machines should not accept SSH from the internet",
  kind: "notebook",
  category: "network",
  severity: "high",
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Public SSH invites credential guessing against a machine that holds data and credentials. Azure ML: create the compute instance again with SSH public access disabled; use the studio, VS Code through the workspace, or SSH from inside your network.",
    cli: {
      azure:
        "az ml compute create --name NAME --resource-group GROUP --workspace-name WORKSPACE --type ComputeInstance --size STANDARD_DS3_V2 --ssh-public-access-enabled false",
    },
  },
  messages: {
    sshOpen: "SSH is open to the internet: {{detail}}",
    sshClosed: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the machine's inbound access", asset.inboundAccess, (value) =>
      value.ssh ? fail("sshOpen", { ...value }) : pass("sshClosed", { ...value }),
    ),
});
