;redcode-94
;name Lobster Quadrille
;author Red Queen arena
;strategy Imp spiral. Eight processes are dealt round a three-point imp ring (3 * 2667 = 8001,
;strategy one more than the core), so each point writes the cell the next one is about to run.
;strategy Several processes per point let it survive losing a few; it is built to tie, not to win.
;assert CORESIZE == 8000

STEP    equ     2667            ; a third of the core, plus a third of a cell

        org     dance

; Three SPL 1 give eight processes that all sit on the same line, in queue order.
dance   spl     1
        spl     1
        spl     1
; Lockstep again: the n-th process to run this takes the n-th row of the table below,
; because the A field of 'row' is stepped after each jump.
        jmp     }row
row     dat     partner-row, 0
; The rows go to points 0, 1, 2, 0, 1, 2, ... so the queue order is the ring order.
partner
i       for     8
        jmp     lobster+((i-1)%3)*STEP
        rof
; The imp itself. The other two points need no copy: the ring writes them before they run.
lobster mov.i   #0, STEP

        end
