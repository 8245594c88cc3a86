import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { LEAST_PRIVILEGE } from "../compliance.js";

export default defineCheck({
  id: "notebook.root-access",
  title: "Notebook users should not have root access",
  kind: "notebook",
  category: "identity",
  severity: "medium",
  compliance: LEAST_PRIVILEGE,
  remediation: {
    text: "Turn root access off (stop the notebook instance first) and install what users need with lifecycle configurations instead.",
    cli: {
      aws: "aws sagemaker stop-notebook-instance --notebook-instance-name NAME && aws sagemaker update-notebook-instance --notebook-instance-name NAME --root-access Disabled",
    },
  },
  messages: {
    root: "Users can become root: {{detail}}",
    noRoot: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("root access", asset.rootAccess, (root) =>
      root.enabled ? fail("root", { detail: root.detail }) : pass("noRoot", { detail: root.detail }),
    ),
});
