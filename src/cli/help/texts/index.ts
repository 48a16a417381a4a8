// Every command's help page, keyed by its words below the program ("rollout status").
// Imported only when a help page is shown.
import type { HelpTexts } from '../render.js';
import { ADVANCED_HELP } from './advanced.js';
import { BASIC_HELP } from './basic.js';
import { CLUSTER_HELP } from './cluster.js';
import { CREATE_HELP } from './create.js';
import { CREATE_SERVICE_HELP } from './create-service.js';
import { DEBUG_HELP } from './debug.js';
import { DEPLOY_HELP } from './deploy.js';
import { MK_HELP } from './mk.js';
import { ADDONS_HELP } from './addons.js';
import { SETTINGS_HELP } from './settings.js';

export const HELP_TEXTS: HelpTexts = { ...MK_HELP, ...ADDONS_HELP, ...CREATE_HELP, ...CREATE_SERVICE_HELP, ...BASIC_HELP, ...DEPLOY_HELP, ...CLUSTER_HELP, ...DEBUG_HELP, ...ADVANCED_HELP, ...SETTINGS_HELP };
