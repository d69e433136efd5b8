import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { findProject } from '@/db/queries/projects';
import { ForbiddenError, ValidationError } from '../errors';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { setKeyMonitored } from './set-key-monitored';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

describe('setKeyMonitored', () => {
  it('lets only the admin flag a project', () => {
    const { projectId } = indicatorOf(db, '优化营商环境工作经费', '参加会议人数');
    for (const username of ['leader', 'owner', 'caizheng', 'auditor']) {
      expect(() => setKeyMonitored(db, actorOf(db, username), projectId, true)).toThrow(ForbiddenError);
    }
    expect(() => setKeyMonitored(db, actorOf(db, 'admin'), projectId, 'yes')).toThrow(ValidationError);
    expect(findProject(db, projectId)?.keyMonitored).toBe(false);
    expect(setKeyMonitored(db, actorOf(db, 'admin'), projectId, true).keyMonitored).toBe(true);
  });
});
