-- The step history keeps personal data masked (cases.internal.StepHistory.masked): the interviewee's ID number of
-- inquiries recorded before it was masked is masked now by the same rule (first 3 and last 4 characters kept, at most
-- 7 characters entirely starred). Already masked values (containing '*') are left as they are.
update case_step
set payload = jsonb_set(payload, '{intervieweeIdNumber}', to_jsonb(
        case when length(btrim(payload ->> 'intervieweeIdNumber')) <= 7
             then repeat('*', length(btrim(payload ->> 'intervieweeIdNumber')))
             else left(btrim(payload ->> 'intervieweeIdNumber'), 3)
                  || repeat('*', length(btrim(payload ->> 'intervieweeIdNumber')) - 7)
                  || right(btrim(payload ->> 'intervieweeIdNumber'), 4)
        end))
where transition = 'record-inquiry'
  and jsonb_typeof(payload -> 'intervieweeIdNumber') = 'string'
  and btrim(payload ->> 'intervieweeIdNumber') <> ''
  and position('*' in payload ->> 'intervieweeIdNumber') = 0;
