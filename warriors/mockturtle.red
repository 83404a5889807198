;redcode-94
;name Mock Turtle
;author Red Queen arena
;strategy Stone/imp. A four-line mod-4 DAT stone fed by SPL #0 (so it keeps nearly all the
;strategy cycles) plus a three-point imp ring (step 2667) started 1500 cells behind it. The
;strategy stone kills what it hits; if the stone itself is killed the ring lives on for a tie.
;assert CORESIZE == 8000

STEP    equ     2956            ; multiple of 4: the bombs only land on bomb's residue class
FIRST   equ     STEP
IMP     equ     2667            ; 3*2667 = 8001: three imps in a row make a ring
IOFF    equ     -1500           ; where the ring starts, relative to the imp source line

        org     boot

; Of the stone's lines only go (4 before bomb) and bomb itself are in the bombed class:
; bomb copied onto itself changes nothing, and losing go only stops new processes.
go      spl     #0, 0
hit     add.ab  #STEP, bomb
        mov.i   bomb, @bomb
        jmp     hit
bomb    dat     #0, #FIRST      ; the bomb is also the pointer
imp     mov.i   #0, IMP
; Four processes jump through this table in order, so the imps run in ring order.
tbl     jmp     imp+IOFF
        jmp     imp+IOFF+IMP
        jmp     imp+IOFF+2*IMP
        jmp     go
boot    mov.i   imp, imp+IOFF
        spl     1
        spl     1
vec     jmp     @ptr, >ptr
ptr     dat     0, tbl-ptr

        end
