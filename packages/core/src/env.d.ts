// Bundlers replace process.env.NODE_ENV; development checks are removed from production builds.
declare const process: { env: { NODE_ENV?: string } };
