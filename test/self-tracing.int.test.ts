    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
F    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
A    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
A    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
H    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
A    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
D    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
J    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
U    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
N    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
I    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
-    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
k    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
q    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
g    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
k    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
<    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
2    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
7    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
A    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
g    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
I    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
G    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
N    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
A    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
H    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
U    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
F    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
A    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
C    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
I    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
N    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
G    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
V    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
I    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
C    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
N    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
A    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
M    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
g    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
-    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
A    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
C    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
X    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
X    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
C    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
X    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
N    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
D    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
I    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
N    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
`    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
2    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
7    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
$    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
`    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
B    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
C    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
H    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
D    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
U    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
D    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
A    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
Y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
5    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
M    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
I    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
C    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
X    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
G    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
X    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
A    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
?    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
<    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
<    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
g    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
`    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
$    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
?    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
g    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
-    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
`    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
j    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
g    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
[    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
]    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
j    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
[    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
]    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
<    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
<    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
k    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
2    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
<    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
D    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
+    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
k    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
|    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
|    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
D    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
-    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
g    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
q    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
g    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
*    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
-    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
g    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
`    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
$    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
j    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
?    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
&    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
&    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
`    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
F    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
`    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
$    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
H    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
A    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
R    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
D    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
_    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
J    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
U    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
N    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
I    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
j    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
j    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
-    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
j    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
`    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
{    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
-    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
B    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
2    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
[    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
j    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
]    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
?    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
?    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
[    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
j    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
]    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
B    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
[    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
]    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
B    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
U    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
:    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
k    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
g    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
>    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
=    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
[    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
]    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
B    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
U    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
[    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
P    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
S    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
j    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
]    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
B    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
y    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
w    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
m    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
G    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
d    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
,    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
x    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
c    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
[    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
G    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
]    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
?    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
?    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
-    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
b    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
f    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
[    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
G    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
v    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
1    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
/    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
p    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
i    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
'    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
]    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
?    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
?    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
0    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
.    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
t    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
o    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
B    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
L    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
e    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
s    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
T    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
h    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
n    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
O    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
r    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
E    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
q    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
u    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
a    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
l    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
(    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
2    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
     // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
}    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
)    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
;    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);

    // Nothing but our own reads (GET /v1/operations, whose spans arrive a batch later) adds spans.
    const { ['GET /v1/operations']: _readsBefore, ...restBefore } = before;
    const { ['GET /v1/operations']: _readsAfter, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
