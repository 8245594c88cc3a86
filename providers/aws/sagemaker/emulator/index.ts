// SageMaker's emulation: endpoints, models, notebooks, training jobs, Studio domains.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { sageMakerEstate } from "./estate.js";
import { replaySageMaker } from "./replay.js";
import { sagemaker } from "./sagemaker.js";

const emulation: ServiceEmulation = {
  handlers: [sagemaker],
  estate: sageMakerEstate,
  replay: replaySageMaker,
};
export default emulation;
