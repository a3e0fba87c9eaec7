package eu.pharos.chat.live;

import java.util.List;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * A long poll waiting for its answer: the first frames for it complete the request, and the
 * request's thread went back to the pool meanwhile.
 */
final class PollListener extends Listener {

  final DeferredResult<Object> result;

  PollListener(Party party, DeferredResult<Object> result) {
    super(party);
    this.result = result;
  }

  @Override
  void push(List<Frame> frames) {
    result.setResult(frames);
  }

  @Override
  boolean once() {
    return true;
  }
}
