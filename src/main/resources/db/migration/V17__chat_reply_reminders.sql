-- Written messaging: the reply due time that staff were last reminded of, so that each due time is
-- reminded once, on one node, and a new due time (the victim wrote again) is reminded again.
alter table chat_conversation add column reminded_reply_due_at timestamp with time zone;
