import { type Command, Option } from 'commander';
import { resolveConfig } from '../../config.js';
import { edtfRange } from '../../model/edtf.js';
import { InputError } from '../../model/errors.js';
import { EVENT_CATEGORIES, type EventCategory } from '../../model/taxonomy.js';
import { EVENT_FORMATS, type EventFormat, renderEvents } from '../event-listing.js';
import { withStore } from '../open-database.js';
import { dbOption, edtfDate, positiveInteger } from '../options.js';

interface EventsOptions {
  db?: string;
  group?: string;
  from?: string;
  to?: string;
  category?: EventCategory;
  limit?: number;
  format: EventFormat;
}

/**
 * `chronicle events`: the stored events, oldest first, filtered by actor, period and category.
 *
 * @example
 * chronicle events --group 'IS-CP' --from 2016 --to 2018-06 --format csv > events.csv
 */
export function registerEvents(program: Command): Command {
  return program
    .command('events')
    .description('list stored events, filtered by group, period and category')
    .addOption(dbOption())
    .option('--group <name>', 'only events carried out by this organization or person (any name or id)')
    .addOption(new Option('--from <edtf>', 'only events that can fall on or after this EDTF date').argParser(edtfDate))
    .addOption(new Option('--to <edtf>', 'only events that can fall on or before this EDTF date').argParser(edtfDate))
    .addOption(new Option('--category <category>', 'only events of this category').choices(EVENT_CATEGORIES))
    .addOption(new Option('--limit <n>', 'at most this many events').argParser(positiveInteger))
    .addOption(new Option('--format <format>', 'output format').choices(EVENT_FORMATS).default('table'))
    .action(async (options: EventsOptions) => {
      checkPeriod(options.from, options.to);
      const config = resolveConfig({ db: options.db });
      const { findEntity } = await import('../../kb/find-entity.js');
      const events = await withStore(config, 'existing', async (store) => {
        const entityId = options.group === undefined ? undefined : (await findEntity(store, options.group)).id;
        return store.events({
          entityId,
          from: options.from,
          to: options.to,
          category: options.category,
          limit: options.limit,
        });
      });
      process.stdout.write(renderEvents(events, options.format));
      if (events.length === 0 && options.format === 'table') process.stderr.write('chronicle: no events match\n');
    });
}

function checkPeriod(from: string | undefined, to: string | undefined): void {
  if (from === undefined || to === undefined) return;
  const start = edtfRange(from)?.start;
  const end = edtfRange(to)?.end;
  if (start && end && start > end) {
    throw new InputError(`--from ${from} is after --to ${to}: no event can match`, { where: '--from' });
  }
}
