import { describe, expect, it } from 'vitest';
import { presentationHash, presentationRoute } from '../../../electron/main/presentation-route';

describe('presentation route (the desktop app places the presenter windows)', () => {
  it('reads the meeting and the view from our own pages only', () => {
    expect(presentationRoute('app://towngrid/index.html#/present/01JABC?window=1', null)).toEqual({ meetingId: '01JABC', view: 'audience' });
    expect(presentationRoute('app://towngrid/index.html#/present/01JABC/presenter?window=1', null)).toEqual({ meetingId: '01JABC', view: 'presenter' });
    expect(presentationRoute('http://localhost:5173/index.html#/present/01JABC', 'http://localhost:5173')).toEqual({ meetingId: '01JABC', view: 'audience' });
    expect(presentationRoute('https://evil.example/#/present/01JABC', null)).toBeNull();
    expect(presentationRoute('app://towngrid/index.html#/meetings/01JABC', null)).toBeNull();
    expect(presentationRoute('app://towngrid/index.html#/present/../x', null)).toBeNull();
    expect(presentationRoute('not a url', null)).toBeNull();
  });

  it('loads the route with window=1 so Esc closes the window', () => {
    expect(presentationHash({ meetingId: 'M1', view: 'audience' })).toBe('/present/M1?window=1');
    expect(presentationHash({ meetingId: 'M1', view: 'presenter' })).toBe('/present/M1/presenter?window=1');
  });
});
