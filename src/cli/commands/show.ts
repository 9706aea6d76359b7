import { type Command, Option } from 'commander';
import { resolveConfig } from '../../config.js';
import { ENTITY_KINDS, type EntityKind } from '../../model/taxonomy.js';
import { withStore } from '../open-database.js';
import { dbOption } from '../options.js';

interface ShowOptions {
  db?: string;
  kind?: EntityKind;
}

/**
 * `chronicle show NAME`: the profile of one organization or person: names in every script,
 * relations over time, events, and the sources behind them.
 *
 * @example
 * chronicle show 'Islamic State – Caucasus Province'
 * chronicle show Asildarov --kind person
 */
export function registerShow(program: Command): Command {
  return program
    .command('show')
    .description('print the profile of an organization or person')
    .argument('<name>', 'any name, alias or id of the entity')
    .addOption(dbOption())
    .addOption(new Option('--kind <kind>', 'only consider this kind of entity').choices(ENTITY_KINDS))
    .action(async (name: string, options: ShowOptions) => {
      const config = resolveConfig({ db: options.db });
      const [{ findEntity }, { buildProfile, renderProfileText }] = await Promise.all([
        import('../../kb/find-entity.js'),
        import('../../kb/profile.js'),
      ]);
      const text = await withStore(config, 'existing', async (store) => {
        const entity = await findEntity(store, name, options.kind);
        return renderProfileText(await buildProfile(store, entity.id));
      });
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    });
}
