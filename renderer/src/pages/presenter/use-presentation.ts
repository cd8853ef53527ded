// The meeting on show: its slides (buildSlides from the meeting and its live content) and the
// slide the presentation stands at. Every window reads the same meeting_presentation row and
// follows its `changed` event; moving calls meetings.present, which the other windows follow.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { buildSlides, type Slide } from '../../../../shared/meetings/slides';
import type { MeetingDetail, PresentationState } from '../../../../shared/meetings/meeting-types';
import { rpcKey, useRpcMutation, useRpcQuery } from '../../app/rpc-hooks';

export interface Presentation {
  detail: MeetingDetail | undefined;
  slides: Slide[];
  /** 0-based index of the slide on show (clamped to the slides there are). */
  index: number;
  slide: Slide | undefined;
  /** When the item on show began (epoch ms), for its timer; null off the items. */
  itemStartedAt: number | null;
  /** The meeting or its state could not be read (the message is shown). */
  error: string | null;
  /** The content failed: the slides show their titles only. */
  contentError: string | null;
  loading: boolean;
  go(index: number): void;
}

export function usePresentation(meetingId: string): Presentation {
  const client = useQueryClient();
  const detail = useRpcQuery('meetings.get', { meetingId }, { silent: true });
  const content = useRpcQuery('meetings.content', { meetingId }, { silent: true });
  const state = useRpcQuery('meetings.presentation', { meetingId }, { silent: true });
  const stateKey = rpcKey('meetings.presentation', { meetingId });
  const present = useRpcMutation('meetings.present', {
    // This window moves at once (keys pressed in a row each move on from the last); the answer
    // then sets the state as the core wrote it, and the other windows follow the `changed` event.
    onMutate: (move) => {
      const now = Date.now();
      client.setQueryData(stateKey, (prev: PresentationState | null | undefined): PresentationState => ({
        meetingId,
        slide: move.slide,
        itemId: move.itemId,
        itemStartedAt: move.itemId === null ? null : prev?.itemId === move.itemId ? prev.itemStartedAt : now,
        updatedAt: now,
        updatedByName: prev?.updatedByName ?? '',
      }));
    },
    onSuccess: (next) => client.setQueryData(stateKey, next),
    onError: () => void client.invalidateQueries({ queryKey: stateKey }),
  });

  const slides = useMemo(() => (detail.data ? buildSlides(detail.data, content.data ?? null) : []), [detail.data, content.data]);
  const index = Math.max(0, Math.min(state.data?.slide ?? 0, slides.length - 1));
  const slide = slides[index];
  const mutate = present.mutate;
  const go = useCallback(
    (to: number) => {
      if (slides.length === 0) return;
      const target = Math.max(0, Math.min(to, slides.length - 1));
      if (target === index && state.data) return;
      mutate({ meetingId, slide: target, itemId: slides[target]!.itemId });
    },
    [slides, index, state.data, mutate, meetingId],
  );
  const itemStartedAt = slide?.itemId && state.data?.itemId === slide.itemId ? state.data.itemStartedAt : null;
  const error = detail.error?.message ?? state.error?.message ?? null;
  return {
    detail: detail.data,
    slides,
    index,
    slide,
    itemStartedAt,
    error,
    contentError: content.error?.message ?? null,
    loading: detail.isPending || state.isPending,
    go,
  };
}
