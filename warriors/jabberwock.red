;redcode-94
;name Jabberwock
;author Red Queen arena
;strategy B-scanner. Steps 1697 through core and stops at any cell whose fields are not both
;strategy zero (JMZ.F), drops SPL #0 there and on the next cell and goes on. Its stun bombs have zero fields,
;strategy so it never finds them again; when its countdown says it is looking at itself, it
;strategy turns into a DAT clear that goes round for ever.
;assert CORESIZE == 8000

STEP    equ     1697
START   equ     11
SEEN    equ     7604            ; the look that lands on cptr, our first nonzero cell (counted offline)

        org     look

cptr    dat     0, kill+1-cptr
; A field counts down the looks left; B field is where we look, relative to ptr.
ptr     dat     SEEN, START
look    add.f   leap, ptr
        jmz.f   look, @ptr      ; both fields zero: looks empty, keep going
        jmz.a   clear, ptr      ; the countdown is at zero: that was ourselves
        mov.i   stun, >ptr      ; freeze the cell we found ...
        mov.i   stun, @ptr      ; ... and the one after it
        djn.b   look, ptr       ; undo the >ptr step so the looks stay on their planned cells
; The clear starts past our end and comes round to cptr first; kill written over cptr
; sends it past the rest of us again.
clear   mov.i   kill, >cptr
        jmp     clear
leap    dat     -1, STEP
stun    spl     #0, 0
kill    dat     0, kill-cptr

        end
