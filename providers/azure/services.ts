// The Azure services aiposture reads: one manifest per folder. Every Azure list (operations and the custom role,
// collectors, normalizers, the emulator's routes and estate) derives from this one.
import type { AzureService } from "./service.js";
import resources from "./resources/index.js";
import monitor from "./monitor/index.js";
import network from "./network/index.js";
import storage from "./storage/index.js";
import search from "./search/index.js";
import defender from "./defender/index.js";
import cognitive from "./cognitive/index.js";
import machineLearning from "./machinelearning/index.js";

export const AZURE_SERVICES: readonly AzureService[] = [
  resources,
  monitor,
  network,
  storage,
  search,
  defender,
  cognitive,
  machineLearning,
];
