// Assets shared by the tables in this folder.

export const on = { enabled: true, destination: "arn:aws:logs:us-east-1:111122223333:log-group:x" };

export const off = { enabled: false };
