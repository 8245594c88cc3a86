// Azure Machine Learning's emulation: workspaces, online endpoints, computes.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { mlEstate } from "./estate.js";
import { azureMachineLearning } from "./machinelearning.js";

const emulation: ServiceEmulation = {
  handlers: [azureMachineLearning],
  estate: mlEstate,
};
export default emulation;
