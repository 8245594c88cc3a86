// Which named profiles the shared config and credentials files define, read the way the AWS CLI finds them
// (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/config and ~/.aws/credentials), so a misspelt
// --profile is named as such instead of as "no credentials".
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export interface ProfileFiles {
  config: string;
  credentials: string;
}

export function profileFiles(env: NodeJS.ProcessEnv = process.env): ProfileFiles {
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  return {
    config: env.AWS_CONFIG_FILE ?? join(home, ".aws", "config"),
    credentials: env.AWS_SHARED_CREDENTIALS_FILE ?? join(home, ".aws", "credentials"),
  };
}

/** Section names: "[profile x]" and "[default]" in the config file, "[x]" in the credentials file. */
function sections(text: string, configFile: boolean): string[] {
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*\[\s*([^\]]+?)\s*\]\s*$/.exec(line);
    const header = match?.[1];
    if (!header) continue;
    if (!configFile) names.push(header);
    else if (header === "default") names.push(header);
    else if (header.startsWith("profile ")) names.push(header.slice("profile ".length).trim());
  }
  return names;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Every profile the two files define, sorted. */
export function knownProfiles(files: ProfileFiles = profileFiles()): string[] {
  const names = [
    ...sections(readOrEmpty(files.config), true),
    ...sections(readOrEmpty(files.credentials), false),
  ];
  return [...new Set(names)].sort();
}
